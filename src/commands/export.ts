import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import type { Database } from "../store/db.ts";
import { exportGraph, type ExportSummary } from "../store/export.ts";

async function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

export function describeExport(s: ExportSummary, target: string): string {
  return (
    `exported ${s.documents} document(s), ${s.officials} official(s), ${s.organizations} organization(s), ` +
    `${s.countries} country(ies), ${s.topics} topic(s): ${s.lines} lines to ${target}`
  );
}

/**
 * `diplograph export [FILE]`: JSON Lines to FILE, or to stdout when FILE is absent or "-". A file
 * is written under a temporary name and renamed when complete, so a failed export never leaves a
 * truncated file behind under the real name.
 */
export async function exportCommand(db: Database, file: string | undefined, options: { err: (line: string) => void }): Promise<number> {
  if (!file || file === "-") {
    const summary = await exportGraph(db.prisma, (line) => writeTo(process.stdout, line + "\n"), { provider: db.provider });
    options.err(describeExport(summary, "stdout"));
    return 0;
  }
  const target = path.resolve(file);
  const tmp = `${target}.partial-${process.pid}`;
  const stream = fs.createWriteStream(tmp, { encoding: "utf8" });
  try {
    const summary = await exportGraph(db.prisma, (line) => writeTo(stream, line + "\n"), { provider: db.provider });
    stream.end();
    await once(stream, "finish");
    fs.renameSync(tmp, target);
    options.err(describeExport(summary, file));
    return 0;
  } catch (err) {
    stream.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
