// Public API of the extraction pipeline: text in, ExtractedDocument out. Pure: no I/O beyond
// loading the gazetteers once.
import { DocumentError, type ExtractOptions, type ExtractedDocument } from "./types.ts";
import { isValidDate, readDocument } from "./reader.ts";
import { runPipeline } from "./pipeline.ts";
import { hideInvisibles } from "./text.ts";

export * from "./types.ts";
export { readDocument } from "./reader.ts";
export type { ReadDocument } from "./reader.ts";
export { EXTRACTOR_VERSION } from "./version.ts";
export { toContractJson } from "./contract.ts";
export { lookupCountry } from "./gazetteers.ts";

export function extract(text: string, opts: ExtractOptions): ExtractedDocument {
  const source = opts?.source ?? "";
  if (typeof text !== "string") throw new DocumentError(`${source || "document"}: not text`, source);
  if (text.includes("\u0000")) throw new DocumentError(`${source || "document"}: binary content, not text`, source);
  if (!text.trim()) throw new DocumentError(`${source || "document"}: empty document`, source);
  const seen = hideInvisibles(text);
  const read = readDocument(seen);
  let date = read.date;
  if (!date && opts.date !== undefined) {
    if (!isValidDate(opts.date)) throw new DocumentError(`${source || "document"}: invalid date "${opts.date}" (expected YYYY-MM-DD)`, source);
    date = opts.date;
  }
  if (!date) throw new DocumentError(`${source || "document"}: no " date YYYY-MM-DD" header and no date given`, source);
  return runPipeline(seen, source, date, read, text);
}
