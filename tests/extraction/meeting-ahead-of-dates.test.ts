// "hosted X for talks ahead of the bloc's ministerial meeting next week" (issue #11, batch21): the date after "ahead
// of the ..." dates that later event; the encounter keeps the day the sentence before told.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a date inside 'ahead of the ...'", () => {
  it("is the later event's, not the encounter's", () => {
    const body = [
      "Kelania and Mirania backed a longer truce after talks between their energy ministers on Sunday, people familiar with the matter said.",
      "Kelanian Energy Minister Marta Voss hosted Miranian Deputy Prime Minister Ilan Serrat in Veldran for talks ahead of the summit of the Northern Forum next week.",
    ].join("\n\n");
    const got = meetings(body, "2026-11-30");
    expect(got).toContainEqual(["2026-11-29", "held", ["Ilan Serrat", "Marta Voss"]]);
  });
});
