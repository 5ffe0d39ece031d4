// Agreement titles and statuses (issue #11, agreements): the lower-case modifiers of a kind of trade
// ("preferential", "transit", "power") and an ordinal ("the second executive contract") are part of the
// title, a day after it is not ("on Sunday"); a status cue inside a relative clause closed before the instrument describes the instrument before
// it, one in a relative clause right after it describes it; an instrument named again without its parties
// ("the Advanced Framework Agreement" after "the EU-Chile Advanced Framework Agreement") is the same one.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const agreements = (body: string) => run(body, "2025-02-03").agreements.map((a) => [a.kind, a.title, a.status]);

describe("titles", () => {
  it.each([
    ["Pakistan and Azerbaijan are negotiating a preferential trade agreement.", "preferential trade agreement"],
    ["The two sides are also negotiating a transit trade agreement, officials said.", "transit trade agreement"],
    ["Nepal and Bangladesh signed a power trade agreement on Sunday.", "power trade agreement"],
    ["The two governments signed a gas supply agreement for 2025-2027 on Monday.", "gas supply agreement for 2025-2027"],
  ])("%s", (body, title) => {
    expect(agreements(body).map((a) => a[1])).toEqual([title]);
  });

  it("'the second executive contract' and 'the first executive contract' are two instruments", () => {
    const as = agreements(
      "The ministers discussed the second executive contract for K2 tanks, which the two countries have been negotiating since early this year. The first executive contract, for 180 tanks, was signed in August 2022.",
    );
    expect(as).toEqual([
      ["contract", "second executive contract for K2 tanks", "under_negotiation"],
      ["contract", "first executive contract", "signed"],
    ]);
  });
});

describe("statuses told in relative clauses", () => {
  it.each([
    [
      "They discussed the memorandum of understanding on maritime cooperation, which was signed in 2023, and a planned agreement on seafood trade that the two countries are currently negotiating.",
      "seafood",
      "under_negotiation",
    ],
    [
      "The ministers reviewed the treaty on legal assistance, which entered into force in 2019, and an agreement on the transfer of prisoners that the two sides are negotiating.",
      "transfer of prisoners",
      "under_negotiation",
    ],
    [
      "The two ministers signed an agreement on the avoidance of double taxation, which will enter into force once ratified by the two parliaments.",
      "double taxation",
      "signed",
    ],
  ])("%s", (body, words, status) => {
    const a = agreements(body).find((x) => x[1].includes(words));
    expect(a?.[2]).toBe(status);
  });
});

describe("an instrument named again without its parties", () => {
  it.each([
    "The EU-Chile Advanced Framework Agreement (AFA) will modernise relations. Background: the two sides signed the Advanced Framework Agreement in Brussels in December 2023.",
    "The India-UAE Comprehensive Economic Partnership Agreement took effect in 2022. Trade has grown since the Comprehensive Economic Partnership Agreement was signed.",
  ])("%s", (body) => {
    expect(agreements(body)).toHaveLength(1);
  });
});
