// "Egypt's Vision 2030", "Agenda 2063", "Expo 2027" (issue #11, dates): a year written right after a capitalised word,
// with no preposition, ends a name and dates nothing; "in 2030" and "December 2025" still date.
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extraction/dates.ts";
import { meetings } from "./helpers.ts";

describe("a year that ends a name", () => {
  it("is no date", () => {
    expect(findDates("to align the corridor with Kenya's Vision 2030 and the African Union's Agenda 2063").map((d) => d.text)).toEqual([]);
    expect(findDates("ahead of Expo 2027 in Yokohama").map((d) => d.text)).toEqual([]);
  });

  it("a year after a preposition or a month still dates", () => {
    expect(findDates("to be completed in 2030, after the summit of December 2025").map((d) => d.text)).toEqual(["2030", "December 2025"]);
  });

  it("a fronted encounter keeps the day of the series, not the plan's year", () => {
    const told = meetings(
      "President Ruth Achieng met several Gulf leaders in Nairobi on Tuesday. Meeting with Omani Sultan Haitham bin Tarik at State House, Achieng proposed that the two countries align the port corridor with Kenya's Vision 2030.",
      "2026-03-12",
    );
    expect(told).toContainEqual(["2026-03-10", "held", ["Haitham bin Tarik", "Ruth Achieng"]]);
  });
});
