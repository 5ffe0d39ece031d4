// Where a name or a title ends (issue #11): a person's name inside a building's ("the Sir Dawda Kairaba Jawara
// International Conference Centre") is no official; a country after a word that joins no title ("deals with China,
// Prime Minister X") is no part of the title after the comma; "Leader of the Opposition X" is a title.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a name that a building's noun closes", () => {
  it.each([
    "The session was held at the Sir Dawda Kairaba Jawara International Conference Centre in Banjul on Monday.",
    "The delegation landed at Kotoka International Airport on Monday.",
  ])("%s", (text) => {
    expect(names(run(text, "2026-05-12"))).toEqual([]);
  });

  it("a person named before a place noun that is not his stays", () => {
    expect(names(run("President Adama Barrow opened the new Banjul Conference Centre on Monday.", "2026-05-12"))).toEqual(["Adama Barrow"]);
  });
});

describe("a country after a word that joins no title", () => {
  it("ends the title before the comma", () => {
    const doc = run(
      "The Cook Islands and New Zealand agreed to a reset after a year of strain over deals with China, Prime Minister Mark Brown said after talks with New Zealand Foreign Minister Winston Peters.",
      "2026-06-10",
    );
    expect(official(doc, "Mark Brown")?.title).toBe("Prime Minister");
  });

  it("a country after 'of' still closes the title", () => {
    expect(official(run("The Foreign Minister of Australia, Senator Penny Wong, met Foreign Minister Winston Peters on Monday.", "2026-06-10"), "Penny Wong")?.title).toMatch(/^Foreign Minister of Australia\b/);
  });
});

describe("'Leader of the Opposition'", () => {
  it("is a title", () => {
    expect(official(run("Leader of the Opposition Tracy Taegar Panton called on the Government to publish the text.", "2026-05-12"), "Tracy Taegar Panton")?.title).toBe("Leader of the Opposition");
  });
});
