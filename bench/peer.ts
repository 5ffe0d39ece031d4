// Child process for the query benchmark: PostGraphile 5 (the `postgraphile` package, pinned in
// bench/peer/package.json and installed there on first use, see peer-install.ts) serving the same PostgreSQL database as diplograph, on 127.0.0.1, port 0, with
// the Amber preset and no plugins beyond it. Same IPC protocol as serve.ts:
//   -> { ready: url } ; <- { cmd: "count" } -> { statements, wire } ; <- { cmd: "stop" }
// `wire` (= `statements`) counts queries sent through the `pg` driver.
//
// PostGraphile 5 declares Node >= 22; on Node 20 the only thing missing is
// Promise.withResolvers (used by grafserv), polyfilled below.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { ensurePeerInstalled, importFromPeer } from "./peer-install.ts";
import { countPgWire } from "./wire.ts";

type WithResolvers = <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
const P = Promise as unknown as { withResolvers?: WithResolvers };
P.withResolvers ??= function <T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
};

const url = process.argv[2];
const counting = process.argv.includes("--count");
const printSdl = process.argv.includes("--sdl");
if (!url || (!process.send && !printSdl)) {
  console.error("usage: (forked by bench/run.ts) peer.ts POSTGRES_URL [--count]\n       npx tsx bench/peer.ts POSTGRES_URL --sdl   (print PostGraphile's schema)");
  process.exit(2);
}
process.env.GRAPHILE_ENV ??= "production";

const wire = counting ? countPgWire() : { take: () => 0 };

ensurePeerInstalled();
const { postgraphile } = await importFromPeer("postgraphile");
const { makePgService } = await importFromPeer("postgraphile/adaptors/pg");
const { PostGraphileAmberPreset } = await importFromPeer("postgraphile/presets/amber");
const { grafserv } = await importFromPeer("postgraphile/grafserv/node");

const pool = new pg.Pool({ connectionString: url, max: 10 });
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
if (printSdl) {
  // The schema's own graphql copy (bench/peer's), or printSchema refuses it as another realm.
  const { printSchema } = await importFromPeer("graphql");
  console.log(printSchema((await pgl.getSchemaResult()).schema));
  await pgl.release();
  await pool.end();
  process.exit(0);
}
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
// Build the schema before reporting ready, so the first measured request does not pay for it.
await pgl.getSchemaResult();
const port = (server.address() as AddressInfo).port;

process.on("message", async (msg: { cmd: string }) => {
  if (msg.cmd === "count") {
    const n = wire.take();
    process.send!({ statements: n, wire: n });
  } else if (msg.cmd === "stop") {
    server.close();
    await pgl.release();
    await pool.end();
    process.exit(0);
  }
});
process.send!({ ready: `http://127.0.0.1:${port}/graphql` });
