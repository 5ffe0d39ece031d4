// The scenario of tests/queue/workers.test.ts "a worker stopped with SIGTERM finishes the job it is
// running", N times (issue #16): each try a fresh queue, a fresh SQLite file and a fresh `diplograph
// worker` process, SIGTERM once it has asked for a page that takes 3 s to answer; a try fails when
// the worker's log has no "created" line. ROOTS alternates checkouts try by try (the same load on
// each), LOCKS gives each its job lock. Run it beside a busy machine to see what load does:
//   ROOTS=/path/to/base,. LOCKS=4000,30000 npx tsx bench/graceful-stop.ts 16
import { spawn } from "node:child_process";
import path from "node:path";
import { IngestQueue } from "../src/queue/queue.ts";
import { startNewsServer } from "../tests/helpers/news-server.ts";
import { migrate } from "../src/store/migrate.ts";
import fs from "node:fs";
import os from "node:os";

// Checkouts to alternate, try by try (default: this one).
const ROOTS = (process.env.ROOTS ?? path.resolve(import.meta.dirname, "..")).split(",");
// The job lock of each, in the same order (default: the 4 s the queue tests give their workers).
const LOCKS = (process.env.LOCKS ?? "4000").split(",");
const N = Number(process.argv[2] ?? 10);
const RUN = `repro-${process.pid}`;
const site = await startNewsServer({ articles: 20 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "q16-"));
const tpl = path.join(tmp, "tpl.db");
await migrate(`file:${tpl}`);
const fails = new Map<string, number>(ROOTS.map((r) => [r, 0]));
for (let i = 0; i < N; i++) {
  const name = `g${i}`;
  const root = ROOTS[i % ROOTS.length];
  const BIN = path.join(root, "bin/diplograph.js");
  const q = new IngestQueue({ redisUrl: "redis://127.0.0.1:6379", name, prefix: RUN });
  const db = path.join(tmp, `t${i}.db`);
  fs.copyFileSync(tpl, db);
  const url = `${site.url}/delayed/${i % 20}?ms=3000&try=${i}`;
  await q.enqueue({ url });
  const log: string[] = [];
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, "worker", "--concurrency", "2"], {
    env: { ...process.env, DATABASE_URL: `file:${db}`, REDIS_URL: "redis://127.0.0.1:6379", DIPLOGRAPH_QUEUE: name, DIPLOGRAPH_QUEUE_PREFIX: RUN, DIPLOGRAPH_JOB_LOCK_MS: LOCKS[i % LOCKS.length], DIPLOGRAPH_FETCH_INTERVAL_MS: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let rest = "";
  const take = (d: Buffer) => { const ls = (rest + d).split("\n"); rest = ls.pop()!; log.push(...ls.filter(Boolean).map((l) => `${((Date.now() - t0) / 1000).toFixed(2)} ${l}`)); };
  child.stdout!.on("data", take); child.stderr!.on("data", take);
  const closed = new Promise<number | null>((r) => child.once("close", (c) => r(c)));
  const asked = () => site.log.filter((r) => r.path === url.replace(site.url, "")).length;
  while (asked() < 1) await new Promise((r) => setTimeout(r, 20));
  const tSig = Date.now();
  child.kill("SIGTERM");
  const code = await closed;
  const ok = log.some((l) => / created /.test(l));
  const c = await q.counts();
  if (!ok) fails.set(root, fails.get(root)! + 1);
  console.log(`try ${i} ${root}: ${ok ? "ok  " : "FAIL"} code ${code} asked ${((tSig - t0) / 1000).toFixed(1)}s exit ${((Date.now() - t0) / 1000).toFixed(1)}s counts ${JSON.stringify(c)}${ok && !process.env.VERBOSE ? "" : "\n  " + log.join("\n  ")}`);
  await q.queue.obliterate({ force: true }).catch(() => {});
  await q.close();
}
for (const [root, n] of fails) console.log(`${root}: ${n}/${Math.ceil((N - ROOTS.indexOf(root)) / ROOTS.length)} failed`);
await site.close();
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(0);
