// A bare counterpart with a demonym (issue #11, coreference): "his Croatian counterpart" is the Croatian holder of the
// owner's office, also when that holder's title joins two offices ("Deputy Prime Minister and Minister of Foreign and
// European Affairs") and whatever country the owner was guessed to be of so far.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("his Croatian counterpart", () => {
  it("is the Croatian minister of the two offices", () => {
    const m = meetings(
      "President Ilham Aliyev has received Deputy Prime Minister and Minister of Foreign and European Affairs of Croatia Gordan Grlić Radman. The meeting, held on January 28, was attended by Minister of Foreign Affairs Jeyhun Bayramov. Earlier that day, Jeyhun Bayramov held a one-on-one meeting with his Croatian counterpart.",
      "2026-01-29",
    );
    expect(m).toContainEqual(["2026-01-28", "held", ["Gordan Grlić Radman", "Jeyhun Bayramov"]]);
  });
});
