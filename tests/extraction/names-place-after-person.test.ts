// A building or site named after a person is no person (issue #11, names): "the Hassanal Bolkiah Aquarium project", "at the
// Sir Edney Cain Building", "the Nelson Mandela Memorial", a name run that ends in a place's noun.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("places named after people", () => {
  it("a run ending in a place's noun names no official", () => {
    const doc = run(
      "Prime Minister John Briceño and President Luis Abinader held talks at the Sir Edney Cain Building in Belmopan on Monday. Abinader will visit the Hassanal Bolkiah Aquarium project and the Nelson Mandela Memorial on Tuesday.",
      "2026-03-10",
    );
    expect(names(doc).sort()).toEqual(["John Briceño", "Luis Abinader"]);
  });
});
