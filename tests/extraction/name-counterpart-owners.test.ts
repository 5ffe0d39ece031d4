// A bare full name that has "his counterpart" is an office holder (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("the owner of a counterpart", () => {
  it("'X and his Paraguayan counterpart, Y, reached an understanding'", () => {
    const doc = run(
      "Carlos Ferreyra and his Paraguayan counterpart, Santiago Peña, reached an understanding on Tuesday on the debt of the binational entity. Ferreyra, in turn, invited Peña to the Independence Day ceremony.",
      "2026-05-27",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Carlos Ferreyra", "Santiago Peña"]));
  });

  it("a company before 'and its partners' is no person", () => {
    const doc = run("President Santiago Peña met investors on Tuesday. Itaipu Binacional and its partners signed a deal.", "2026-05-27");
    expect(names(doc)).not.toContain("Itaipu Binacional");
  });
});
