// A rush transcript's speaker label: the name in capitals with its style before it and its office after a comma ("DR. A B,
// UAE MINISTER OF STATE FOR FOREIGN TRADE:") names the turn's first person, and is no subject of the words said after it,
// so "He" in the next sentence is the guest the speaker just named (issue #11, proposals and coreference).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-05-06",
  "MARKETS NOW",
  "",
  "JOHN PARKER, ANCHOR: Earlier I spoke to Singapore's Minister for Trade, Dr. Lim Boon Keat.",
  "",
  "PARKER: Minister, you met Chile's trade minister, Paula Soto, here yesterday. What did she want?",
  "",
  "DR. LIM BOON KEAT, SINGAPORE MINISTER FOR TRADE: Well, John, Minister Soto came with a big delegation of fruit exporters. She asked us to speed up the approval of Chilean cherry orchards, and I told her we would. And I invited Chilean fintech firms to set up in our innovation districts.",
].join("\n");

describe("a rush transcript's label with a style and an office", () => {
  it("gives the first person to the labelled speaker and the pronoun to the guest", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Paula Soto", "request"],
      ["Lim Boon Keat", "invitation"],
    ]);
  });
});
