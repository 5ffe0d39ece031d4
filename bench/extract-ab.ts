// Two compiled builds of the extractor timed in one process, rounds interleaved: on a shared machine whose load moves
// by a third between runs, two builds timed in turn over a few seconds each cannot be told apart by less than that,
// while rounds of a few tens of milliseconds, alternated, see the same load. Each round runs the dev corpus once; its
// cost is the main thread's CPU time (Linux, /proc/thread-self/schedstat). Both builds warm up first.
//   node --import tsx bench/extract-ab.ts A_DIST B_DIST [--rounds N] [--warm-up N]
// (A_DIST, B_DIST: dist/ folders, e.g. a copy of main's build and this checkout's dist/ after `npm run build`.)
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { extract as Extract } from "../src/extraction/index.ts";

const args = process.argv.slice(2);
const [a, b] = args.filter((x, k) => !x.startsWith("--") && !args[k - 1]?.startsWith("--"));
if (!a || !b) throw new Error("usage: bench/extract-ab.ts A_DIST B_DIST [--rounds N] [--warm-up N]");
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rounds = option("--rounds", 200);
const warmUp = option("--warm-up", 150);
const load = async (dir: string) => ((await import(pathToFileURL(join(resolve(dir), "extraction/index.js")).href)) as { extract: typeof Extract }).extract;
const builds = [await load(a), await load(b)];
const dir = resolve(import.meta.dirname, "../tests/extraction/corpus/dev");
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ source: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
const threadNs = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]);

const run = (extract: typeof Extract) => {
  for (const d of docs) extract(d.text, { source: d.source });
};
for (let i = 0; i < warmUp; i++) for (const x of builds) run(x);
const costs: number[][] = [[], []];
for (let i = 0; i < rounds; i++) {
  // Which build goes first alternates, so neither always runs after the other's garbage.
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const t = threadNs();
    run(builds[k]);
    costs[k].push(threadNs() - t);
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const perDoc = (ns: number) => ns / docs.length / 1000;
const [ma, mb] = costs.map(median);
const [sa, sb] = costs.map((xs) => xs.reduce((x, y) => x + y, 0));
console.log(`${rounds} interleaved rounds of ${docs.length} documents after ${warmUp} warm-up rounds each; main-thread CPU`);
console.log(`A: median ${perDoc(ma).toFixed(0)} µs/doc (${(1e6 / perDoc(ma)).toFixed(0)} docs/s), total ${(sa / 1e9).toFixed(2)} s`);
console.log(`B: median ${perDoc(mb).toFixed(0)} µs/doc (${(1e6 / perDoc(mb)).toFixed(0)} docs/s), total ${(sb / 1e9).toFixed(2)} s`);
console.log(`A / B: ${(ma / mb).toFixed(3)} by medians, ${(sa / sb).toFixed(3)} by totals`);
