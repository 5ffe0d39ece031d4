// A bare "the two" or "the pair" opening a sentence refers to the two people the sentence before named (issue #11,
// meetings): "Carney is scheduled to meet von der Leyen on Tuesday. The two last spoke by phone on June 2" is their
// call, not one of the report's principals' (a recall used to go to the pair the report is about).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the two' after a sentence naming two", () => {
  it("'X is scheduled to meet Z. The two last spoke by phone on June 2'", () => {
    expect(
      meetings(
        "Prime Minister Mark Tanner met Japanese Prime Minister Aiko Mori on Monday. On Tuesday, Tanner is scheduled to meet European Commission President Ursula Brandt, officials said. The two last spoke by phone on June 2.",
        "2026-06-16",
      ),
    ).toContainEqual(["2026-06-02", "held", ["Mark Tanner", "Ursula Brandt"]]);
  });

  it("a sentence before naming three leaves 'the two' to the report's pair", () => {
    const got = meetings(
      "Prime Minister Mark Tanner met Japanese Prime Minister Aiko Mori on Monday. Tanner also greeted President Luc Bernard and Chancellor Eva Roth at the dinner. The two last met in Osaka in May 2025.",
      "2026-06-16",
    );
    expect(got).toContainEqual(["2025-05", "held", ["Aiko Mori", "Mark Tanner"]]);
  });
});
