// "The same afternoon, X was received by Y" opens a sentence on the day of the encounter told before it, as "the same day"
// does (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the same afternoon'", () => {
  it("takes the day of a committee's session told in the lead", () => {
    expect(
      meetings(
        [
          "Norway and Chile on February 25 reviewed economic cooperation at the eighth meeting of their joint committee in Santiago.",
          "The committee was co-chaired by Trade Minister Karl Hansen and Chilean Minister of Economy Ana Rojas.",
          "Hansen said Norway was open to Chilean salmon firms.",
          "Rojas proposed a direct flight between the two capitals.",
          "The two sides signed the minutes of the meeting.",
          "The same afternoon, Hansen was received by President Luis Soto, who called on Norwegian investors to build ports.",
        ].join(" "),
        "2026-02-26",
      ),
    ).toEqual([
      ["2026-02-25", "held", ["Ana Rojas", "Karl Hansen"]],
      ["2026-02-25", "held", ["Karl Hansen", "Luis Soto"]],
    ]);
  });

  it("'on the same evening' right after a dated meeting", () => {
    expect(
      meetings("Trade Minister Karl Hansen met Economy Minister Ana Rojas on Tuesday. On the same evening, Hansen dined with President Luis Soto.", "2026-02-26"),
    ).toEqual([
      ["2026-02-24", "held", ["Ana Rojas", "Karl Hansen"]],
      ["2026-02-24", "held", ["Karl Hansen", "Luis Soto"]],
    ]);
  });
});
