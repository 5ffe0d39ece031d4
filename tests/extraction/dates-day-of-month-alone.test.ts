// A day of the month alone (issue #11, dates; batch44-guided): reports translated from Korean, Japanese or Chinese
// write "on the 18th (local time)". It is the nearest such day to the report's, before it for what was held and after
// it for what is planned; "the 7th meeting", "the 100th anniversary" and "the 3rd of March" are no such day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a day of the month alone", () => {
  it("dates what was held before the report and what is planned after it", () => {
    const got = meetings(
      "Minister Kim Jae-won met Saudi Energy Minister Faisal Al-Saud in Riyadh on the 18th (local time). Kim will meet Saudi Industry Minister Omar Al-Harbi on the 20th.",
      "2026-02-19",
    );
    expect(got).toEqual([
      ["2026-02-18", "held", ["Faisal Al-Saud", "Kim Jae-won"]],
      ["2026-02-20", "planned", ["Kim Jae-won", "Omar Al-Harbi"]],
    ]);
  });

  it("looks into the month before when the day is past in the report's", () => {
    expect(meetings("Foreign Minister Ana Duarte held talks with Chilean Foreign Minister Luis Pardo in Lima on the 28th.", "2026-03-02")).toEqual([
      ["2026-02-28", "held", ["Ana Duarte", "Luis Pardo"]],
    ]);
  });

  it("is not an ordinal of something else", () => {
    const got = meetings("Foreign Minister Ana Duarte held talks with Chilean Foreign Minister Luis Pardo in Lima on Tuesday, on the 7th meeting of their commission.", "2026-03-13");
    expect(got).toEqual([["2026-03-10", "held", ["Ana Duarte", "Luis Pardo"]]]);
  });
});
