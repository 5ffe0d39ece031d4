// Worker thread for the extraction benchmark: generates its share of the corpus (untimed), says
// ready, then on "go" runs the real extract() over it and reports the time and fact counts.
import { parentPort, workerData } from "node:worker_threads";
import { extract } from "../src/extraction/index.ts";
import { generateCorpus } from "./corpus.ts";

export interface ExtractTally {
  docs: number;
  words: number;
  ms: number;
  /** CPU time of the whole process during the loop (meaningful on the main thread only). */
  cpuMs: number;
  officials: number;
  meetings: number;
  proposals: number;
  agreements: number;
  targets: number;
  failed: number;
}

/** Extracts `texts` in a loop; the time covers extract() calls only. */
export function extractAll(docs: { name: string; text: string }[]): ExtractTally {
  const t: ExtractTally = { docs: 0, words: 0, ms: 0, cpuMs: 0, officials: 0, meetings: 0, proposals: 0, agreements: 0, targets: 0, failed: 0 };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) {
    try {
      const r = extract(d.text, { source: d.name });
      t.officials += r.officials.length;
      t.meetings += r.meetings.length;
      t.proposals += r.proposals.length;
      t.agreements += r.agreements.length;
      t.targets += r.targets.length;
    } catch {
      t.failed++;
    }
    t.docs++;
  }
  t.ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  t.cpuMs = (c.user + c.system) / 1000;
  for (const d of docs) t.words += d.text.split(/\s+/).filter(Boolean).length;
  return t;
}

if (parentPort && workerData) {
  const { docs, seed, worker, workers } = workerData as { docs: number; seed: number; worker: number; workers: number };
  const mine: { name: string; text: string }[] = [];
  let i = 0;
  for (const d of generateCorpus({ docs, seed })) if (i++ % workers === worker) mine.push(d);
  extractAll(mine.slice(0, 30)); // JIT warm-up, like the main-thread run
  parentPort.postMessage({ ready: true });
  parentPort.once("message", () => {
    parentPort!.postMessage({ done: extractAll(mine) });
  });
}
