import fs from "node:fs";
import type { Db } from "../store/db.ts";
import { ImportFormatError, importGraph, parseExport, type ImportSummary } from "../store/import.ts";
import { progressReporter, type Progress } from "./reextract.ts";

async function readAll(file: string): Promise<string> {
  if (file !== "-") return fs.readFileSync(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function describeImport(s: ImportSummary): string {
  const d = s.documents;
  return [
    `documents: ${d.created + d.replaced + d.unchanged + d.failed} (${d.created} created, ${d.replaced} replaced, ${d.unchanged} unchanged, ${d.failed} failed)`,
    `shared nodes: ${s.nodes.created} created, ${s.nodes.existing} already present`,
    ...s.failures.map((f) => `failed ${f.source} (line ${f.line}): ${f.reason}`),
  ].join("\n");
}

/**
 * `diplograph import FILE` ("-" reads stdin). The file is checked as a whole before anything is
 * written; returns the exit code.
 */
export async function importCommand(
  db: Db,
  file: string,
  options: { out: (line: string) => void; err: (line: string) => void; progress?: Progress },
): Promise<number> {
  const content = await readAll(file);
  let graph;
  try {
    graph = parseExport(content);
  } catch (e) {
    if (!(e instanceof ImportFormatError)) throw e;
    options.err(`import ${file}: nothing written, the file has ${e.errors.length === 1 ? "a problem" : `${e.errors.length} problems`}:`);
    for (const line of e.errors.slice(0, 50)) options.err(`  ${line}`);
    if (e.errors.length > 50) options.err(`  ... and ${e.errors.length - 50} more`);
    return 1;
  }
  const progress = options.progress ?? progressReporter();
  try {
    const summary = await importGraph(db, graph, {
      onDocument: (r, index, total) => {
        const line = `[${index + 1}/${total}] ${r.status.padEnd(9)} ${r.source}${r.reason ? `: ${r.reason}` : ""}`;
        progress.step(index + 1, total, r.source, line, r.status === "failed");
      },
    });
    progress.done();
    options.out(describeImport(summary));
    return summary.documents.failed ? 1 : 0;
  } finally {
    progress.done();
  }
}
