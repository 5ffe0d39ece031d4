// Profiling aid: extract() over N generated documents on one thread, with wall and CPU time, and
// optionally a V8 CPU profile of the loop (--cpu FILE; summarise with bench/profile-summary.mjs).
//   node --import tsx bench/profile-extract.ts [N] [--cpu FILE]
import { generateCorpus } from "./corpus.ts";
import { extractAll } from "./extract-worker.ts";
import { cpuProfileFromArgs } from "./cpu-profile.ts";

const n = Number(process.argv[2] ?? 500);
const docs = [...generateCorpus({ docs: n })];
extractAll(docs.slice(0, 50));
const profile = await cpuProfileFromArgs();
const c0 = process.cpuUsage();
const t = extractAll(docs);
const cpu = process.cpuUsage(c0);
console.log(`${t.docs} documents: ${((t.docs / t.ms) * 1000).toFixed(1)} docs/s wall, ${((t.docs / ((cpu.user + cpu.system) / 1000)) * 1000).toFixed(1)} docs/s of CPU time`);
await profile.stop();
