// "beyond the 15-year sale and purchase agreement signed between QatarEnergy and Petrobangla": a term written with its
// number is a modifier of the title; "The Trade Agreement ... has been provisionally applied since 2013": an instrument
// applied provisionally is in force. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const agreements = (body: string) => extract(` date 2025-11-12 Ministers meet in Doha\n\n${body}\n`, { source: "t.txt" }).agreements.map((a) => [a.title, a.status]);

describe("terms and provisional application", () => {
  it("a numbered term is part of the title", () => {
    expect(agreements("He asked Qatar to extend the supply of gas beyond the 15-year sale and purchase agreement signed between QatarEnergy and Petrobangla.")).toEqual([["15-year sale and purchase agreement", "signed"]]);
  });

  it("an instrument applied provisionally is in force", () => {
    expect(agreements("The Trade Agreement between the European Union and Colombia has been provisionally applied since 2013.")).toEqual([["Trade Agreement between the European Union and Colombia", "in_force"]]);
  });
});
