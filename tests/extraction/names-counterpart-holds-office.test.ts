// A counterpart of no title of its own holds the office of the one whose counterpart it is (issue #11, names and
// coreference): "Foreign Minister A and his Kyrgyz counterpart B" makes B a foreign minister, without A's country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a counterpart's office", () => {
  const doc = run("Polish Foreign Minister Anna Nowak and her Kyrgyz counterpart Bakyt Osmonov signed a readmission agreement in Warsaw on Wednesday.", "2026-01-22");

  it("is the owner's office without the owner's country", () => {
    expect(official(doc, "Bakyt Osmonov")?.title).toBe("Foreign Minister");
  });
});
