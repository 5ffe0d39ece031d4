// "On May 4, commencing at 7:30 p.m. (local time; 2:30 a.m. on May 5, Tokyo time)" (issue #11, dates): a clock time
// given again in another zone, in brackets, dates nothing; the encounter keeps the day told before the bracket, and
// "On the same day" after it is that day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a date inside a time-zone gloss", () => {
  const told = meetings(
    "On May 4, commencing at 7:30 p.m. (local time; 2:30 a.m. on May 5, Tokyo time) for about 40 minutes, Foreign Minister Hiroshi Tanabe held a meeting with Mr. Julien Aubry, Minister for Europe and Foreign Affairs of France. On the same day, commencing at 9:00 p.m. (local time; 4:00 a.m. on May 5, Tokyo time), Foreign Minister Tanabe held a meeting with Ms. Ines Varga, Minister of Foreign Affairs of Croatia.",
    "2026-05-06",
  );

  it("the encounter keeps the day before the bracket", () => {
    expect(told).toContainEqual(["2026-05-04", "held", ["Hiroshi Tanabe", "Julien Aubry"]]);
  });

  it("'On the same day' after it is that day", () => {
    expect(told).toContainEqual(["2026-05-04", "held", ["Hiroshi Tanabe", "Ines Varga"]]);
  });

  it("no encounter takes the other zone's day", () => {
    expect(told.some(([date]) => date === "2026-05-05")).toBe(false);
  });
});
