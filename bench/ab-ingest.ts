// Same-process A/B of the store (issue #16): every measured corpus document is stored by another
// checkout's code (--base) into one database and by this checkout's into another, in turn, the
// order alternated from one document to the next, so both builds see the same load within
// milliseconds of each other. Extraction is done once, beforehand. Per round (fresh databases):
// statements, client CPU ms and store wall ms per document, and on PostgreSQL the server's CPU
// (the backends of each database, by /proc, 10 ms ticks), with new/base ratios.
// `npx tsx bench/ab-ingest.ts --base ../main [--docs 150] [--skip 50] [--rounds 3] [--pg postgresql://user@127.0.0.1:5432] [--prefix ab_ingest]`
// (--pg: the server on which to create and drop the scratch databases; without it, SQLite files
// in the temp directory). The base checkout needs its own generated Prisma client (src/generated).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { generateCorpus } from "./corpus.ts";
import { extract } from "../src/extraction/index.ts";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1]! : d;
};
const base = arg("base", "");
if (!base) throw new Error("--base DIR: the checkout to compare with");
const trees = { base: path.resolve(base), new: path.resolve(import.meta.dirname, "..") };
type Side = keyof typeof trees;
const n = Number(arg("docs", "150"));
const skip = Number(arg("skip", "50"));
const rounds = Number(arg("rounds", "3"));
const server = arg("pg", "");
// --prefix: the scratch databases' (and files') name prefix, e.g. a pass's own.
const prefix = arg("prefix", "ab_ingest");

const docs = [...generateCorpus({ docs: skip + n })];
const extracted = docs.map((d) => extract(d.text, { source: d.name }));
const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: `${server}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};

interface Totals {
  statements: number;
  cpu: number;
  wall: number;
  server: number;
}
for (let round = 0; round < rounds; round++) {
  const sides = {} as Record<Side, { db: { prisma: unknown; close(): Promise<void> }; name: string; store: Function; find: Function; counting: boolean; totals: Totals }>;
  for (const side of ["base", "new"] as Side[]) {
    const { migrate } = await import(`${trees[side]}/src/store/migrate.ts`);
    const { openDatabase } = await import(`${trees[side]}/src/store/db.ts`);
    const { storeExtracted, findUnchanged } = await import(`${trees[side]}/src/store/ingest.ts`);
    const name = `${prefix}_${side}_${process.pid}_${round}`;
    let url = `file:${path.join(os.tmpdir(), `${name}.db`)}`;
    if (server) {
      await admin(`CREATE DATABASE ${name}`);
      url = `${server}/${name}`;
    }
    await migrate(url);
    const totals: Totals = { statements: 0, cpu: 0, wall: 0, server: 0 };
    const s = { name, store: storeExtracted, find: findUnchanged, counting: false, totals } as (typeof sides)[Side];
    s.db = await openDatabase(url, { onQuery: () => void (s.counting && totals.statements++) });
    sides[side] = s;
  }
  for (let i = 0; i < skip; i++) for (const side of ["base", "new"] as Side[]) await sides[side].store(sides[side].db.prisma, docs[i]!.text, extracted[i]);
  // The server's CPU ticks of the backends connected to a side's database.
  const ticks = async (side: Side) => {
    if (!server) return 0;
    const db = sides[side].db.prisma as { $queryRawUnsafe<T>(q: string): Promise<T> };
    const pids = await db.$queryRawUnsafe<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
    let t = 0;
    for (const { pid } of pids) {
      try {
        const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        t += Number(f[11]) + Number(f[12]);
      } catch {
        // gone
      }
    }
    return t;
  };
  const start = { base: await ticks("base"), new: await ticks("new") };
  for (let i = skip; i < docs.length; i++) {
    for (const side of ((i + round) % 2 ? ["base", "new"] : ["new", "base"]) as Side[]) {
      const s = sides[side];
      await s.find(s.db.prisma, docs[i]!.text, docs[i]!.name);
      s.counting = true;
      const w = performance.now();
      const c = process.cpuUsage();
      await s.store(s.db.prisma, docs[i]!.text, extracted[i]);
      const used = process.cpuUsage(c);
      s.totals.wall += performance.now() - w;
      s.counting = false;
      s.totals.cpu += (used.user + used.system) / 1000;
    }
  }
  for (const side of ["base", "new"] as Side[]) {
    sides[side].totals.server = ((await ticks(side)) - start[side]) * 10;
    await sides[side].db.close();
    if (server) await admin(`DROP DATABASE ${sides[side].name}`);
    else for (const ext of ["", "-wal", "-shm"]) fs.rmSync(path.join(os.tmpdir(), `${sides[side].name}.db${ext}`), { force: true });
  }
  const b = sides.base.totals;
  const w = sides.new.totals;
  const per = (t: Totals) => `${(t.statements / n).toFixed(1)} statements, client CPU ${(t.cpu / n).toFixed(2)} ms, ${server ? `server CPU ${(t.server / n).toFixed(2)} ms, ` : ""}store wall ${(t.wall / n).toFixed(2)} ms`;
  const ratio = (a: number, c: number) => (c ? (a / c).toFixed(3) : "-");
  console.log(
    `round ${round + 1} (${n} documents after ${skip}, load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0]}): base ${per(b)}; new ${per(w)}; ` +
      `new/base client CPU ${ratio(w.cpu, b.cpu)}${server ? `, server CPU ${ratio(w.server, b.server)}` : ""}, wall ${ratio(w.wall, b.wall)}`,
  );
}
process.exit(0);
