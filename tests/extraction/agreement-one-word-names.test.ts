// "the first meeting under the Kensington treaty, which Keir Starmer and Friedrich Merz signed": one capitalised word
// after "the" before a lower-case head names the instrument, unless it is a country, a people or an acronym of a body
// ("the AfCFTA agreement", "the Mercosur-EU agreement" name a party or a framework). (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const titles = (body: string) => extract(` date 2026-04-22 Ministers meet in Berlin\n\n${body}\n`, { source: "t.txt" }).agreements.map((a) => a.title);

describe("one capitalised word before a head", () => {
  it("names the instrument", () => {
    expect(titles("The meeting was the first under the Kensington treaty, which the two leaders signed in London last July.")).toEqual(["Kensington treaty"]);
  });

  it("does not when it is a country or an acronym", () => {
    expect(titles("The ministers discussed the German treaty and the AfCFTA agreement in Berlin.")).toEqual([]);
  });
});
