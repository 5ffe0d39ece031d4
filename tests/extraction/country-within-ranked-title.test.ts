// "Deputy U.S. Trade Representative Rick Switzer": a country's name after a rank word qualifies the title as a leading
// one does, over a demonym of another official before it (issue #11, countries: from the title; batch50-guided).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a country's name inside a ranked title", () => {
  it("gives the title's country", () => {
    const doc = run("The talks were also attended by Ecuadorian Foreign Minister Gabriela Sommerfeld and Deputy U.S. Trade Representative Rick Switzer, a spokesperson said.", "2026-03-20");
    expect([official(doc, "Gabriela Sommerfeld")?.country, official(doc, "Rick Switzer")?.country]).toEqual(["EC", "US"]);
  });
});
