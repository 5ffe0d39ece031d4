// A hard wrap before an acronym in brackets ("... for Trans-Pacific Partnership\n(CPTPP) during talks on Tuesday"): the
// line runs on, so the sentence keeps its subject and its act (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2025-10-08",
  "Uruguay asks Chile to back its bid",
  "",
  "Montevideo, October 8th 2025 (MercoPress) - Uruguay's Foreign Minister",
  "Mario Lubetkin asked Chile to support Montevideo's bid to join the",
  "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
  "(CPTPP) during talks on Tuesday with his Chilean counterpart Alberto van",
  "Klaveren, who was on a one-day working visit to the Uruguayan capital.",
  "",
  "The two ministers highlighted the free trade agreement, in force since",
  "December 2018, which covers services, e-commerce and gender issues.",
].join("\n");

describe("a wrap before a bracketed acronym", () => {
  const doc = extract(text, { source: "t.txt" });

  it("keeps the sentence whole", () => {
    expect(doc.sentences.some((s) => s.text.includes("Trans-Pacific Partnership\n(CPTPP) during talks"))).toBe(true);
  });

  it("keeps the request's whole content", () => {
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Mario Lubetkin"]);
    expect(doc.proposals[0].text).toMatch(/^Chile to support .* Trans-Pacific Partnership \(CPTPP\)/);
  });
});
