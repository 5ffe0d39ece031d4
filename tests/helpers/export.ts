// The graph as its export text, for tests that compare two databases byte for byte.
import type { Db } from "../../src/store/db.ts";
import { exportGraph } from "../../src/store/export.ts";

export async function exportText(db: Db): Promise<string> {
  const lines: string[] = [];
  await exportGraph(db, (l) => void lines.push(l));
  return lines.join("\n") + "\n";
}
