// The project's scorer on a small gold/prediction pair whose result is worked out by hand.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nameKey, report, scoreFolder } from "../../../scripts/eval/score.ts";

const gold = {
  officials: [
    { name: "Kishida Fumio", country: "JP" },
    { name: "Pham Minh Chinh", country: "VN" },
    { name: "Marc E. Knapper", country: "US" },
  ],
  meetings: [
    { date: "2023-06", participants: ["Kishida Fumio", "Pham Minh Chinh"] },
    { date: "2023-06-14", participants: ["Pham Minh Chinh", "Marc E. Knapper"] },
    { date: "2023-05-01", participants: ["Kishida Fumio", "Marc E. Knapper"], optional: true },
  ],
  proposals: [{ speaker: "Pham Minh Chinh", keywords: ["semiconductor", "supply chain"] }],
  agreements: [
    { kind: "mou", keywords: ["Critical Minerals"], status: "signed" },
    { kind: "joint_statement", keywords: ["Strategic Partnership"], status: "proposed", optional: true },
  ],
};

const prediction = {
  source: "somewhere/else/a01.txt",
  officials: [
    { name: "Fumio Kishida", country: "JP" }, // token-set name: matches, country right
    { name: "Phạm Minh Chính", country: "KR" }, // diacritics fold: matches, country wrong
    { name: "Nguyen Van A", country: "VN" }, // extra
  ],
  meetings: [
    { date: "2023-06-13", participants: ["Kishida Fumio", "Pham Minh Chinh", "Nguyen Van A"] }, // month prefix, Jaccard 2/3
    { date: "2023-06-14", participants: ["Pham Minh Chinh", "Somebody", "Else"] }, // Jaccard 1/4: no match, extra
    { date: "2023-05-01", participants: ["Kishida Fumio", "Marc E Knapper"] }, // absorbed by the optional gold
    { date: "2023-06-20", participants: [] }, // no participants: not scored
  ],
  proposals: [{ speaker: "Chinh Pham Minh", text: "build a Semiconductor supply-chain" }],
  agreements: [
    { kind: "MoU", title: "MoU on critical minerals", status: "proposed" },
    { kind: "treaty", title: "Strategic Partnership Treaty" }, // wrong kind for the optional: extra
  ],
};

describe("scorer", () => {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-score-"));
  writeFileSync(join(dir, "a01.gold.json"), JSON.stringify(gold));
  writeFileSync(join(dir, "b02.gold.json"), JSON.stringify({ officials: [{ name: "Lee Hyuk" }] }));

  it("gives the hand-worked counts", () => {
    const t = scoreFolder(dir, [prediction]);
    const r = report(t);
    expect(r.officials).toMatchObject({ tp: 2, fp: 1, fn: 2 }); // Knapper and b02's Lee Hyuk missed
    expect(r.meetings).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.proposals).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.agreements).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 0.667 });
    expect(r.officials.f1).toBe(0.571); // P 2/3, R 2/4
    expect(r.officialCountryAccuracy).toBe(0.5);
    expect(r.agreementStatusAccuracy).toBe(0);
    expect(r.documents).toBe(2);
    expect(r.documentsWithoutPrediction).toBe(1);
    expect(t.misses).toContain("b02: no prediction");
  });

  it("compares names as accent-free token sets", () => {
    expect(nameKey("Phạm Minh Chính")).toBe(nameKey("Chinh, Pham-Minh"));
    expect(nameKey("Đỗ Hùng")).toBe("do hung");
    expect(nameKey("Oh Yong-ju")).not.toBe(nameKey("Oh Yong"));
  });
});
