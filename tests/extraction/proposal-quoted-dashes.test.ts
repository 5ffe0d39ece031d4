// 'Cagni suggested organising a "Choose France - Morocco" investor day in Paris in early 2027': a dash inside a
// quotation is part of what is quoted, not the end of the act's content; a dash outside one still ends it. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const texts = (body: string) => extract(` date 2026-10-08 Forum in Casablanca\n\n${body}\n`, { source: "t.txt" }).proposals.map((p) => p.text);

describe("a dash in a proposal's content", () => {
  it("inside a quotation is part of it", () => {
    expect(texts('Business France chairman Pascal Cagni suggested organising a "Choose France - Morocco" investor day in Paris in early 2027.')).toEqual([
      'organising a "Choose France - Morocco" investor day in Paris in early 2027',
    ]);
  });

  it("outside one ends it", () => {
    expect(texts("Business France chairman Pascal Cagni suggested organising an investor day in Paris - a first for the agency - in 2027.")).toEqual(["organising an investor day in Paris"]);
  });
});
