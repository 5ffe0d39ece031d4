// Extraction throughput on one core: the dev corpus repeated until the run lasts a few seconds.
// Usage: npm run bench:extract [-- --seconds N]
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "../src/extraction/index.ts";

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 5;
const dir = resolve(import.meta.dirname, "../tests/extraction/corpus/dev");
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ source: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

for (let i = 0; i < 3; i++) for (const d of docs) extract(d.text, { source: d.source }); // warm-up

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
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${n} documents, ${w} words in ${elapsed.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread)`);
console.log(`wall: ${(n / elapsed).toFixed(0)} docs/s, ${(w / elapsed).toFixed(0)} words/s`);
console.log(`CPU:  ${(n / cpuSeconds).toFixed(0)} docs/s, ${(w / cpuSeconds).toFixed(0)} words/s`);
