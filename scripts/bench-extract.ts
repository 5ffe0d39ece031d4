// Extraction throughput on one core: the dev corpus repeated until the run lasts a few seconds.
// Usage: npm run bench:extract [-- --seconds N] [-- --warm-up N] [-- --dist] [-- --dist-dir DIR] [-- --src-dir DIR] [-- --cpu FILE]
// --dist times the compiled build (dist/, from `npm run build`), which is what the CLI and the server run; without it
// the sources run through tsx, whose loader costs only at start-up, outside the timed loop. --dist-dir DIR times
// another compiled build (a copy of an earlier dist/, to compare two builds in alternating runs on a noisy machine);
// --src-dir DIR the sources of another checkout's src/ through tsx, for the same comparison.
// Timing starts once V8's optimising compiler has done its work: on a loaded machine its threads wait for a core too, and
// went on compiling the extractor's functions for 10-15 s of process CPU time, doubling the process's CPU time per
// document. The warm-up runs the corpus in rounds of five until the process spends less than 15% more CPU time than the
// main thread in two rounds running (the rest is the garbage collector's helpers), for --warm-up N s of CPU time at most
// (default: twice --seconds, and six times --seconds of wall clock); the line it prints says whether it settled.
// Three rates are printed: by wall clock; by the process's CPU time, which also counts V8's compiler and GC helper
// threads; and by the main thread's own CPU time (Linux, from /proc/thread-self/schedstat), the one core extraction
// runs on, which the other threads' work and waits for a core on a shared machine leave out.
// --cpu FILE writes a V8 CPU profile of the timed loop (summarise with `node bench/profile-summary.mjs FILE`).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { extract as Extract } from "../src/extraction/index.ts";
import { cpuProfileFromArgs } from "../bench/cpu-profile.ts";

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 5;
const distDir = args.includes("--dist-dir") ? resolve(args[args.indexOf("--dist-dir") + 1] ?? "") : null;
const useDist = distDir !== null || args.includes("--dist");
const compiled = join(distDir ?? resolve(import.meta.dirname, "../dist"), "extraction/index.js");
if (useDist && !existsSync(compiled)) throw new Error(`no compiled build at ${compiled}: run \`npm run build\` first`);
const srcDir = args.includes("--src-dir") ? resolve(args[args.indexOf("--src-dir") + 1] ?? "") : null;
const sources = srcDir ? pathToFileURL(join(srcDir, "extraction/index.ts")).href : "../src/extraction/index.ts";
const { extract } = (await import(useDist ? pathToFileURL(compiled).href : sources)) as { extract: typeof Extract };
const dir = resolve(import.meta.dirname, "../tests/extraction/corpus/dev");
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ source: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

/** The main thread's time on a CPU in seconds (nanosecond counter), or null where the kernel does not give it. */
function threadCpu(): number | null {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e9;
  } catch {
    return null;
  }
}

const processCpu = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
const settles = threadCpu() !== null;
const warmUp = args.includes("--warm-up") ? Number(args[args.indexOf("--warm-up") + 1]) : 2 * seconds;
const warmWall = args.includes("--warm-up") ? Infinity : 6 * seconds;
const warm0 = process.cpuUsage();
const wall0 = process.hrtime.bigint();
let helpers = Infinity;
let calm = 0;
while (processCpu(warm0) < warmUp && Number(process.hrtime.bigint() - wall0) / 1e9 < warmWall && !(settles && calm >= 2)) {
  const p0 = process.cpuUsage();
  const t0 = threadCpu();
  for (let i = 0; i < 5; i++) for (const d of docs) extract(d.text, { source: d.source });
  if (settles) helpers = processCpu(p0) / (threadCpu()! - t0!);
  calm = helpers < 1.15 ? calm + 1 : 0;
}
const warmed =
  `warm-up ${processCpu(warm0).toFixed(1)} s CPU` +
  (settles ? `, ending at ${helpers.toFixed(2)} process / main-thread CPU (${calm >= 2 ? "settled" : "not settled: more --warm-up or a quieter machine"})` : "");
const profile = await cpuProfileFromArgs(args);

let n = 0;
let w = 0;
const cpu0 = process.cpuUsage();
const thread0 = threadCpu();
const t0 = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  for (const d of docs) extract(d.text, { source: d.source });
  n += docs.length;
  w += words;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
// CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
const cpuSeconds = processCpu(cpu0);
const thread1 = threadCpu();
await profile.stop();
const threadSeconds = thread0 !== null && thread1 !== null ? thread1 - thread0 : null;
const build = distDir ? "compiled build (another dist/)" : useDist ? "compiled build (dist/)" : srcDir ? "another src/ through tsx" : "sources through tsx";
console.log(
  `${build}: ${n} documents, ${w} words in ${elapsed.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (process)` +
    (threadSeconds !== null ? `, ${threadSeconds.toFixed(2)} s CPU (main thread)` : ""),
);
console.log(warmed);
console.log(`wall:               ${(n / elapsed).toFixed(0)} docs/s, ${(w / elapsed).toFixed(0)} words/s`);
console.log(`CPU, process:       ${(n / cpuSeconds).toFixed(0)} docs/s, ${(w / cpuSeconds).toFixed(0)} words/s`);
if (threadSeconds !== null) console.log(`CPU, main thread:   ${(n / threadSeconds).toFixed(0)} docs/s, ${(w / threadSeconds).toFixed(0)} words/s`);
