// bench/serve.ts for a checkout's compiled build (dist/, as `diplograph start` runs it): plain
// JavaScript under plain node, no tsx, so the served code and its module loading are production's.
// Forked by bench/run.ts as `serve-dist.mjs CHECKOUT DATABASE_URL [--count]`; the same IPC as
// serve.ts. CHECKOUT may be another one (--base): its dist/ and its node_modules are loaded.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [root, url] = process.argv.slice(2);
const counting = process.argv.includes("--count");
if (!root || !url || !process.send) {
  console.error("usage: (forked by bench/run.ts) serve-dist.mjs CHECKOUT DATABASE_URL [--count]");
  process.exit(2);
}
const load = (rel) => import(pathToFileURL(path.join(root, "dist", rel)).href);
const { openDatabase } = await load("store/db.js");
const { startServer } = await load("server.js");

// As bench/wire.ts, on the `pg` the checkout's build loads.
let wire = 0;
if (counting) {
  const pg = createRequire(path.join(root, "package.json"))("pg");
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    wire++;
    return original.apply(this, args);
  };
}

let statements = 0;
const db = await openDatabase(url, counting ? { onQuery: () => void statements++ } : {});
const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
process.on("message", async (msg) => {
  if (msg.cmd === "count") {
    process.send({ statements, wire });
    statements = 0;
    wire = 0;
  } else if (msg.cmd === "stop") {
    await server.close();
    await db.close();
    process.exit(0);
  }
});
process.send({ ready: `${server.url}/graphql` });
