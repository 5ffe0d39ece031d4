// "the Minister-President held talks with Y": a hyphenated title whose halves are both heads refers back to the one
// official whose title holds the compound (issue #11, coreference and meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the Minister-President' as a reference", () => {
  it("is the Minister-President named before", () => {
    expect(
      meetings(
        "Flemish Minister-President Jan Peeters met Chief Minister Ravi Patil in Mumbai on Tuesday. On Monday, in New Delhi, the Minister-President held talks with the Union Minister of Commerce and Industry, Piyush Rao.",
        "2026-03-11",
      ),
    ).toEqual([
      ["2026-03-10", "held", ["Jan Peeters", "Ravi Patil"]],
      ["2026-03-09", "held", ["Jan Peeters", "Piyush Rao"]],
    ]);
  });

  it("no one holding the compound, no reference", () => {
    expect(meetings("Prime Minister Jan Peeters met Chief Minister Ravi Patil in Mumbai on Tuesday. On Monday, the Minister-President held talks with Piyush Rao.", "2026-03-11")).toEqual([
      ["2026-03-10", "held", ["Jan Peeters", "Ravi Patil"]],
    ]);
  });
});
