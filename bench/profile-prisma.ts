// Profiling aid: the cost of one Prisma operation vs. the same statement raw, on a migrated DB.
// `npx tsx bench/profile-prisma.ts [URL]`
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../src/store/migrate.ts";
import { openDatabase } from "../src/store/db.ts";

let url = process.argv[2] ?? "";
if (!url) url = `file:${fs.mkdtempSync(path.join(os.tmpdir(), "bench-prisma-"))}/p.db`;
await migrate(url);
const db = await openDatabase(url);
const N = 300;
async function time(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn(i);
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await fn(i);
  console.log(`${label.padEnd(58)} ${((performance.now() - t0) / N).toFixed(3)} ms/op`);
}
await time("prisma findUnique Document by contentHash", (i) => db.prisma.document.findUnique({ where: { contentHash: `h${i}` }, select: { id: true } }));
await time("prisma findMany Official (key in [3])", (i) => db.prisma.official.findMany({ where: { key: { in: [`a${i}`, "b", "c"] } } }));
await time("$queryRawUnsafe same select", (i) => db.prisma.$queryRawUnsafe(`SELECT id FROM "Document" WHERE "contentHash" = ${db.provider === "sqlite" ? "?" : "$1"}`, `h${i}`));
await time("prisma $transaction(interactive) with one findUnique", (i) => db.prisma.$transaction((tx) => tx.document.findUnique({ where: { contentHash: `h${i}` } })));
await time("prisma country.upsert (same row)", () => db.prisma.country.upsert({ where: { code: "ZZ" }, create: { code: "ZZ", name: "Z" }, update: {} }));
console.log("load average", os.loadavg().map((x) => x.toFixed(2)).join(" "));
await db.close();

// Wall time against CPU time: 20 small reads inside one interactive transaction vs. outside.
// Wall well above CPU inside the transaction means the client waits (timers, queueing), not works.
{
  const db2 = await openDatabase(url);
  const reads = (c: typeof db2.prisma | Parameters<Parameters<typeof db2.prisma.$transaction>[0]>[0]) =>
    (async () => {
      for (let k = 0; k < 20; k++) await c.official.findMany({ where: { key: { in: [`a${k}`] } } });
    })();
  for (const [label, fn] of [
    ["20 reads, no transaction", () => reads(db2.prisma)],
    ["20 reads in one interactive transaction", () => db2.prisma.$transaction((tx) => reads(tx))],
  ] as const) {
    await fn();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < 30; i++) await fn();
    const wall = (performance.now() - t0) / 30;
    const cpu = process.cpuUsage(c0);
    console.log(`${label.padEnd(58)} ${wall.toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / 30).toFixed(2)} ms CPU per batch`);
  }
  await db2.close();
}
