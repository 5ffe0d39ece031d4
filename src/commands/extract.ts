import { extract, toContractJson } from "../extraction/index.ts";
import { validateDocument } from "../extraction/validate.ts";
import { collectInputs, type CollectOptions } from "./files.ts";
import { reasonOf } from "./ingest.ts";

export interface ExtractCommandOptions extends CollectOptions {
  date?: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Prints one contract JSON object per document (JSON Lines); returns the number of failed documents. */
export function extractPaths(paths: string[], options: ExtractCommandOptions): number {
  let failed = 0;
  for (const input of collectInputs(paths, options)) {
    if (input.error !== undefined) {
      failed++;
      options.err(`failed ${input.source}: ${input.error}`);
      continue;
    }
    try {
      const admitted = validateDocument(input.text, { source: input.source, date: options.date, maxBytes: Infinity }); // size: checked on disk
      const doc = extract(input.text, { source: input.source, date: admitted.date });
      options.out(JSON.stringify(toContractJson(doc)));
    } catch (err) {
      failed++;
      options.err(`failed ${input.source}: ${reasonOf(err)}`);
    }
  }
  return failed;
}
