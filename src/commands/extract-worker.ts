// Worker thread body: extraction is pure CPU work, so N workers use N cores while the main thread
// keeps writing one transaction per document.
import { parentPort } from "node:worker_threads";
import { extract } from "../extraction/index.ts";
import type { ExtractOptions } from "../extraction/types.ts";

const WARM_UP = ` date 2024-01-01
Minister of Foreign Affairs Jane Doe received Ambassador John Roe in the capital on Monday. She suggested that the two sides sign a memorandum of understanding on trade cooperation.
`;

parentPort!.on("message", (msg: { id: number; text: string; options: ExtractOptions }) => {
  try {
    parentPort!.postMessage({ id: msg.id, doc: extract(msg.text, msg.options) });
  } catch (err) {
    const e = err as Error & { source?: string };
    parentPort!.postMessage({ id: msg.id, error: { name: e.name, message: e.message, source: e.source ?? msg.options.source } });
  }
});
// The first extraction in a fresh thread compiles the extractor and builds its lookup tables
// (hundreds of milliseconds on a busy machine): done here, before the worker says it is ready, so
// that cost is not charged to the first document's budget.
try {
  extract(WARM_UP, { source: "warm-up" });
} catch {
  // A warm-up that fails says nothing about real documents; they report their own errors.
}
parentPort!.postMessage({ ready: true });
