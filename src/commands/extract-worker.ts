// Worker thread body: extraction is pure CPU work, so N workers use N cores while the main thread
// keeps writing one transaction per document.
import { parentPort } from "node:worker_threads";
import { extract } from "../extraction/index.ts";
import type { ExtractOptions } from "../extraction/types.ts";

parentPort!.on("message", (msg: { id: number; text: string; options: ExtractOptions }) => {
  try {
    parentPort!.postMessage({ id: msg.id, doc: extract(msg.text, msg.options) });
  } catch (err) {
    const e = err as Error & { source?: string };
    parentPort!.postMessage({ id: msg.id, error: { name: e.name, message: e.message, source: e.source ?? msg.options.source } });
  }
});
parentPort!.postMessage({ ready: true });
