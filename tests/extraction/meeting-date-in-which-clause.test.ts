// A date inside a relative clause after the trigger ("a video call in which they agreed on concluding the negotiations
// in 2026") tells what that clause tells when the sentence dated the encounter before the trigger (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a date after 'in which'", () => {
  it("'On Monday, ... held a video call in which they agreed on concluding the talks in 2026' is Monday's", () => {
    expect(
      meetings(
        "On Monday, before the round closed, Foreign Minister Ana Rojas and India's Minister of Commerce Ravi Goyal held a video call in which they agreed on the importance of concluding the negotiations in 2026.",
        "2026-01-28",
      ),
    ).toEqual([["2026-01-26", "held", ["Ana Rojas", "Ravi Goyal"]]]);
  });

  it("with no date before the trigger, the clause's day still dates the encounter", () => {
    expect(
      meetings("Foreign Minister Ana Rojas and India's Minister of Commerce Ravi Goyal held a video call, in which they took part on Monday, on the negotiations.", "2026-01-28"),
    ).toEqual([["2026-01-26", "held", ["Ana Rojas", "Ravi Goyal"]]]);
  });
});
