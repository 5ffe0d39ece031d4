// One instrument described, then named (issue #11, agreements): "signed a new policing arrangement" in the lead and "the
// Policing Support Arrangement 2026–2029" in the body are one instrument, kept under its name (the year range after it is
// part of the title since round twelve).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an instrument described in lower case and named later", () => {
  it("is the named one", () => {
    const doc = run(
      "Foreign Minister Winston Peters has concluded a two-day visit to Honiara, where he held talks with Prime Minister Jeremiah Manele and signed a new policing arrangement. On Thursday Mr Peters and Foreign Minister Peter Shanel Agovaka co-chaired the annual Foreign Ministers' Meeting, where they signed the Policing Support Arrangement 2026–2029.",
      "2026-08-14",
    );
    expect(doc.agreements.map((a) => [a.kind, a.title, a.evidence.length])).toEqual([["arrangement", "Policing Support Arrangement 2026–2029", 2]]);
  });

  it("two named instruments that could both be meant leave the description alone", () => {
    const doc = run(
      "The ministers signed a new trade agreement on Monday. They also reviewed the ASEAN Trade in Goods Agreement and the Pacific Trade Agreement.",
      "2026-08-14",
    );
    expect(doc.agreements.map((a) => a.title)).toContain("trade agreement");
  });
});

// ("Britain and the six Gulf states signed a free trade agreement ... put their names to the UK-GCC Free Trade
// Agreement": a name that adds only the report's own sides is the one described; batch50-guided.)
describe("a name whose parties are the report's own sides", () => {
  it("is the instrument described before it", () => {
    const doc = run(
      "Britain and the six Gulf states signed a free trade agreement in London today.\n\nBusiness Secretary Tom Harlow of the United Kingdom and Omani Minister Qais Al Yousef put their names to the UK-Oman Free Trade Agreement at Lancaster House.",
      "2026-06-18",
    );
    expect(doc.agreements.map((a) => a.title)).toEqual(["UK-Oman Free Trade Agreement"]);
  });

  it("a name with a third party stays another instrument", () => {
    const doc = run(
      "Business Secretary Tom Harlow of the United Kingdom and Omani Minister Qais Al Yousef signed a free trade agreement in London today. They also discussed the Oman-India Free Trade Agreement.",
      "2026-06-18",
    );
    expect(doc.agreements.map((a) => a.title)).toEqual(["free trade agreement", "Oman-India Free Trade Agreement"]);
  });
});
