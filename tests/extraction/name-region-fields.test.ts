// "the Secretary of State for Ibero-America and the Caribbean, Susana Sumelzo Jordán": a region's name ("Caribbean",
// "Maghreb", "Sahel") is a title's field, never a name word; a country's one-word name closing a name after a title
// is the family name ("Jordán"); and a country after "for" in a title is what the office answers for, not the
// holder's country ("Country Director for the Maghreb and Malta"). (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const officials = (body: string) =>
  extract(` date 2026-06-17 Ministers meet in Madrid\n\n${body}\n`, { source: "t.txt" }).officials.map((o) => [o.name, o.title, o.country]);

describe("regions and countries around a name", () => {
  it("a region closes a title's field", () => {
    expect(officials("The meeting was also attended by the Secretary of State for Ibero-America and the Caribbean, Susana Sumelzo Uribe.")).toEqual([
      ["Susana Sumelzo Uribe", "Secretary of State for Ibero-America and the Caribbean", null],
    ]);
    expect(officials("The talks were attended by the Special Representative for the Sahel, Joao Cravinho.")).toEqual([["Joao Cravinho", "Special Representative for the Sahel", null]]);
  });

  it("a country's name closing a name after a title is its family name", () => {
    expect(officials("The talks were attended by Secretary of State Susana Sumelzo Jordán and Ambassador Ana María Restrepo Uribe.").map((o) => o[0])).toEqual(["Susana Sumelzo Jordán", "Ana María Restrepo Uribe"]);
  });

  it("a country after 'for' in a title is not the holder's", () => {
    expect(officials("The Country Director for the Maghreb and Malta, Ahmadou Moustapha Ndiaye, took part in the talks.")).toEqual([["Ahmadou Moustapha Ndiaye", "Director for the Maghreb and Malta", null]]);
    expect(officials("The Director for Malta, Ahmadou Moustapha Ndiaye, took part in the talks.")).toEqual([["Ahmadou Moustapha Ndiaye", "Director for Malta", null]]);
  });
});
