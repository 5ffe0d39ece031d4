// Scores the extractor on every annotated corpus folder with the project's scorer and holds the
// floors the rules reach. frozen/ is the final blind measure and is never read by a test.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, toContractJson } from "../../src/extraction/index.ts";
import { CLASSES, readGold, report, scoreDocument, emptyTally } from "../../scripts/eval/score.ts";

const CORPUS = new URL("corpus/", import.meta.url).pathname;
// Floors at what the rules reach, less a miss or two per class: F1 of officials, meetings, proposals and
// agreements, then official country accuracy and agreement status accuracy. Every folder but frozen/
// has a row: a blind batch gets one once its first run is recorded and it becomes a regression guard.
type Floors = [officials: number, meetings: number, proposals: number, agreements: number, country: number, status: number];
const FLOORS: Record<string, Floors> = {
  dev: [1, 1, 1, 1, 1, 1],
  generalisation: [0.98, 0.97, 0.98, 0.97, 0.98, 0.98],
  heldout: [0.95, 0.9, 0.95, 0.9, 0.98, 0.9],
  batch02: [0.98, 0.95, 0.98, 0.98, 0.98, 0.98],
  batch03: [0.96, 0.95, 0.98, 0.96, 0.98, 0.98],
  batch04: [0.97, 0.98, 0.98, 0.98, 0.98, 0.98],
  batch05: [0.97, 0.98, 0.98, 0.96, 0.98, 0.98],
  batch06: [0.97, 0.96, 0.94, 0.98, 0.98, 0.98],
  batch07: [0.97, 0.96, 0.97, 0.96, 0.98, 0.96],
  batch08: [0.97, 0.93, 0.96, 0.95, 0.98, 0.98],
  batch09: [0.98, 0.96, 0.96, 0.93, 0.98, 0.95],
  batch10: [0.98, 0.94, 0.98, 0.95, 0.98, 0.98],
  batch11: [0.98, 0.98, 0.98, 0.98, 0.98, 0.98],
  batch12: [0.98, 0.97, 0.95, 0.97, 0.98, 0.98],
  batch13: [0.98, 0.96, 0.98, 0.97, 0.98, 0.98],
  batch14: [0.97, 0.94, 0.96, 0.98, 0.98, 0.98],
  batch15: [0.98, 0.97, 0.98, 0.95, 0.98, 0.98],
  batch16: [0.98, 0.98, 0.95, 0.98, 0.98, 0.98],
  batch17: [0.98, 0.98, 0.98, 0.98, 0.98, 0.98],
  batch18: [0.98, 0.93, 0.98, 0.98, 0.97, 0.98],
  batch19: [0.98, 0.95, 0.98, 0.98, 0.98, 0.96],
  batch20: [0.98, 0.95, 0.95, 0.98, 0.98, 0.98],
  batch21: [0.98, 0.95, 0.98, 0.92, 0.98, 0.98],
  batch22: [0.98, 0.96, 0.98, 0.89, 0.97, 0.91],
  batch23: [0.98, 0.93, 0.98, 0.94, 0.98, 0.96],
  batch24: [0.98, 0.95, 0.98, 0.98, 0.99, 0.99],
  batch25: [0.98, 0.98, 0.98, 0.93, 0.95, 0.97],
  batch26: [0.98, 0.96, 0.98, 0.94, 0.96, 0.98],
  batch27: [0.99, 0.94, 0.98, 0.96, 0.97, 0.96],
  batch29: [0.97, 0.91, 0.96, 0.91, 0.95, 0.97],
  batch30: [0.99, 0.98, 0.98, 0.98, 0.99, 0.96],
  batch31: [0.98, 0.96, 0.99, 0.94, 0.95, 0.95],
  batch32: [0.98, 0.94, 0.97, 0.94, 0.96, 0.9],
  batch33: [0.99, 0.93, 0.98, 0.95, 0.98, 0.91],
  batch34: [0.99, 0.93, 0.99, 0.96, 0.99, 0.97],
  batch35: [0.99, 0.95, 0.98, 0.96, 0.97, 0.99],
  batch36: [0.99, 0.87, 0.97, 0.96, 0.97, 0.92],
  batch37: [0.99, 0.97, 0.95, 0.96, 0.95, 0.89],
  batch38: [0.98, 0.96, 0.96, 0.94, 0.94, 0.83],
  batch39: [0.98, 0.87, 0.97, 0.97, 0.96, 0.95],
  batch40: [1, 0.95, 0.99, 0.94, 0.99, 0.88],
  batch41: [0.99, 0.9, 0.97, 0.96, 0.96, 0.96],
  batch42: [0.98, 0.94, 0.99, 0.96, 0.92, 0.92],
  batch43: [0.98, 0.91, 0.98, 0.86, 0.79, 1],
  batch44: [0.99, 0.97, 0.99, 0.99, 0.96, 0.99],
  batch45: [0.99, 0.86, 0.98, 0.98, 0.99, 0.97],
  batch46: [0.99, 0.97, 0.97, 0.98, 0.98, 0.99],
  batch47: [0.99, 0.87, 0.91, 0.93, 0.96, 0.93],
  batch48: [0.98, 0.91, 0.97, 0.87, 0.95, 0.99],
  batch49: [0.99, 0.89, 0.98, 0.95, 0.96, 0.86],
  batch50: [0.98, 0.9, 0.93, 0.87, 0.95, 0.88],
  batch51: [0.98, 0.85, 0.96, 0.89, 0.98, 0.79],
  batch52: [0.94, 0.7, 0.93, 0.94, 0.74, 0.8],
};

const folders = readdirSync(CORPUS).filter((f) => f !== "frozen" && statSync(join(CORPUS, f)).isDirectory());

describe("annotated corpora (scripts/eval/score.ts)", () => {
  it("has a floor for every folder and a folder for every floor", () => {
    expect([...folders].sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.keys(FLOORS))("%s reaches its floors", (folder) => {
    const dir = join(CORPUS, folder);
    const t = emptyTally();
    for (const [doc, gold] of readGold(dir)) {
      const path = join(dir, `${doc}.txt`);
      scoreDocument(t, doc, gold, toContractJson(extract(readFileSync(path, "utf8"), { source: path })));
    }
    const r = report(t);
    expect(r.documents).toBeGreaterThanOrEqual(7);
    expect(r.documentsWithoutPrediction).toBe(0);
    const [off, meet, prop, agr, country, status] = FLOORS[folder];
    const f1 = { officials: off, meetings: meet, proposals: prop, agreements: agr };
    for (const c of CLASSES) expect(r[c].f1, `${folder} ${c}:\n${t.misses.join("\n")}`).toBeGreaterThanOrEqual(f1[c]);
    expect(r.officialCountryAccuracy ?? 1, `${folder} country:\n${t.wrong.join("\n")}`).toBeGreaterThanOrEqual(country);
    expect(r.agreementStatusAccuracy ?? 1, `${folder} status:\n${t.wrong.join("\n")}`).toBeGreaterThanOrEqual(status);
  });
});
