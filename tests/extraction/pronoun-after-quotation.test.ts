// The pronoun that attributes a quotation ("..., he wrote") is the sentence's subject before the quote, not a name
// inside the quotation (issue #11, proposals): "'I urged Indonesia to act, and Pak Prabowo agreed,' he wrote" is the
// writer's call, not Prabowo's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a pronoun after a quotation", () => {
  it("'\"I also urged Indonesia to ..., and Pak Prabowo agreed ...,\" he wrote'", () => {
    const doc = run(
      'Prime Minister Aziz Rahman spoke by phone with President Budi Santoso on Monday. "I also urged Indonesia to expedite the release of Malaysian fishermen, and Pak Budi agreed to look into the matter," he wrote.',
      "2026-03-10",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Aziz Rahman"]);
  });
});
