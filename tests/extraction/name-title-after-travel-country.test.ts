// A destination before a comma is no part of the next title (issue #11, countries, batch35): "On the third day of the
// economic mission to India, Minister-President X was received by ...": "to" after a lower-case word that is no title's
// ("mission", "visit", "trip") joins the country to no title, so the title is "Minister-President" and it gives the
// traveller no country of its own (batch35: the destination's); "the Ambassador to India, Dr X" still reads as one title.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a destination before a comma and a title", () => {
  it("is not read into the title", () => {
    const doc = run(
      "On the second day of the Bavarian trade mission to Brazil, Minister-President Klaus Hofer was received by the Governor of Sao Paulo, Marcos Lima.",
      "2026-05-13",
    );
    expect(official(doc, "Klaus Hofer")?.title).toBe("Minister-President");
  });
});
