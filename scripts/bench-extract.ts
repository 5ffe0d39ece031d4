// Extraction throughput on one core: the dev corpus repeated until the run lasts a few seconds.
// Usage: npm run bench:extract [-- --seconds N] [-- --dist] [-- --dist-dir DIR] [-- --cpu FILE]
// --dist times the compiled build (dist/, from `npm run build`), which is what the CLI and the server run; without it
// the sources run through tsx, whose loader costs only at start-up, outside the timed loop. --dist-dir DIR times
// another compiled build (a copy of an earlier dist/, to compare two builds in alternating runs on a noisy machine).
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
const { extract } = (await import(useDist ? pathToFileURL(compiled).href : "../src/extraction/index.ts")) as { extract: typeof Extract };
const dir = resolve(import.meta.dirname, "../tests/extraction/corpus/dev");
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ source: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

for (let i = 0; i < 3; i++) for (const d of docs) extract(d.text, { source: d.source }); // warm-up
const profile = await cpuProfileFromArgs(args);

let n = 0;
let w = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < seconds) {
  for (const d of docs) extract(d.text, { source: d.source });
  n += docs.length;
  w += words;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
// CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
const cpu = process.cpuUsage(cpu0);
await profile.stop();
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${distDir ? `compiled build (${distDir})` : useDist ? "compiled build (dist/)" : "sources through tsx"}: ${n} documents, ${w} words in ${elapsed.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread)`);
console.log(`wall: ${(n / elapsed).toFixed(0)} docs/s, ${(w / elapsed).toFixed(0)} words/s`);
console.log(`CPU:  ${(n / cpuSeconds).toFixed(0)} docs/s, ${(w / cpuSeconds).toFixed(0)} words/s`);
