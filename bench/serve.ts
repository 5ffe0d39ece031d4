// Child process for the query benchmark: the real diplograph server (openDatabase + startServer)
// on 127.0.0.1, port 0. Talks to the parent over IPC:
//   -> { ready: url }                          once listening
//   <- { cmd: "count" }  -> { statements, wire } statements since the last "count"
//   <- { cmd: "stop" }                          closes and exits
// `statements` counts what the Prisma client sends (openDatabase's onQuery; only with --count);
// `wire` counts queries the `pg` driver sends (PostgreSQL only; BEGIN/COMMIT included).
import { countPgWire } from "./wire.ts";
import { openDatabase } from "../src/store/db.ts";
import { startServer } from "../src/server.ts";

const url = process.argv[2];
const counting = process.argv.includes("--count");
if (!url || !process.send) {
  console.error("usage: (forked by bench/run.ts) serve.ts DATABASE_URL [--count]");
  process.exit(2);
}

let statements = 0;
const wire = counting ? countPgWire() : { take: () => 0 };

const db = await openDatabase(url, counting ? { onQuery: () => void statements++ } : {});
const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
process.on("message", async (msg: { cmd: string }) => {
  if (msg.cmd === "count") {
    process.send!({ statements, wire: wire.take() });
    statements = 0;
  } else if (msg.cmd === "stop") {
    await server.close();
    await db.close();
    process.exit(0);
  }
});
process.send({ ready: `${server.url}/graphql` });
