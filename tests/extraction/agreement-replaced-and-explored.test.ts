// "signed a Memorandum of Understanding on Animal Health, which replaces a 2013 agreement": the old instrument a new one
// replaces, known only by its year, is no instrument of the report; "are exploring a G2G arrangement for rice imports
// ..., Agriculture Secretary X said": what the sides explore is proposed, and a reporting clause after a comma ends its
// title. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const agreements = (body: string) => extract(` date 2026-03-11 Ministers meet in Manila\n\n${body}\n`, { source: "t.txt" }).agreements.map((a) => [a.title, a.status]);

describe("replaced and explored instruments", () => {
  it("a replaced instrument known by its year is none", () => {
    expect(agreements("The two ministers signed a Memorandum of Understanding on Animal Health and Food Safety Cooperation, which replaces a 2013 agreement.")).toEqual([
      ["Memorandum of Understanding on Animal Health and Food Safety Cooperation", "signed"],
    ]);
  });

  it("an instrument known by its year that is told in force stays one", () => {
    expect(agreements("The continental shelf was delimited by a 1986 agreement, which remains in force.")).toEqual([["1986 agreement", "in_force"]]);
  });

  it("an explored instrument is proposed, its title ending before the reporting clause", () => {
    expect(agreements("The Philippines and Thailand are exploring a supply arrangement for rice imports ahead of the lean months, Agriculture Secretary Francisco Tiu Laurel Jr. said Wednesday.")).toEqual([
      ["supply arrangement for rice imports ahead of the lean months", "proposed"],
    ]);
  });
});
