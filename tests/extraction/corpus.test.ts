// Scores the extractor on every annotated corpus folder with the project's scorer and holds the
// F1 floors the rules reach. frozen/ is the final blind measure and is never read by a test.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, toContractJson } from "../../src/extraction/index.ts";
import { CLASSES, readGold, report, scoreDocument, emptyTally } from "../../scripts/eval/score.ts";

const CORPUS = new URL("corpus/", import.meta.url).pathname;
// Floors at what the rules reach, less one miss per class on the smaller folders.
const FLOORS: Record<string, Record<(typeof CLASSES)[number], number>> = {
  dev: { officials: 1, meetings: 1, proposals: 1, agreements: 1 },
  generalisation: { officials: 0.98, meetings: 0.97, proposals: 0.98, agreements: 0.97 },
  heldout: { officials: 0.95, meetings: 0.9, proposals: 0.95, agreements: 0.9 },
};

const folders = readdirSync(CORPUS).filter((f) => f !== "frozen" && statSync(join(CORPUS, f)).isDirectory());

describe("annotated corpora (scripts/eval/score.ts)", () => {
  it("has every floored folder", () => {
    expect(folders).toEqual(expect.arrayContaining(Object.keys(FLOORS)));
  });

  it.each(Object.keys(FLOORS))("%s reaches its F1 floors", (folder) => {
    const dir = join(CORPUS, folder);
    const t = emptyTally();
    for (const [doc, gold] of readGold(dir)) {
      const path = join(dir, `${doc}.txt`);
      scoreDocument(t, doc, gold, toContractJson(extract(readFileSync(path, "utf8"), { source: path })));
    }
    const r = report(t);
    expect(r.documents).toBeGreaterThanOrEqual(7);
    expect(r.documentsWithoutPrediction).toBe(0);
    for (const c of CLASSES) expect(r[c].f1, `${folder} ${c}:\n${t.misses.join("\n")}`).toBeGreaterThanOrEqual(FLOORS[folder][c]);
  });
});
