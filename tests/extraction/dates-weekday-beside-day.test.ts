// A weekday written beside a day of no year tells the year (issue #11, dates): under a report of Monday 30 November
// 2026, "on Tuesday, 1 December" is 2026-12-01 (a Tuesday; 1 December 2025 was a Monday) and still to come, whatever
// the tense; "on Monday, November 23" stays in the past.
import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extraction/dates.ts";
import { run } from "./helpers.ts";

describe("a weekday beside a day", () => {
  it("is one date whose year agrees with the weekday", () => {
    const text = "on Tuesday, 1 December and on Thursday (December 3) but not on 4 December";
    const found = findDates(text);
    expect(found.map((d) => d.text)).toEqual(["Tuesday, 1 December", "Thursday (December 3)", "4 December"]);
    expect(found.map((d) => resolveDate(d, "2026-11-30", false)?.value)).toEqual(["2026-12-01", "2026-12-03", "2025-12-04"]);
  });

  it("dates the encounter it tells, planned when after the report", () => {
    const doc = run("Foreign Minister Ana Lund welcomes Foreign Minister Tomas Berg of Norway to the ministry on Tuesday, 1 December. Lund met Defence Minister Ola Dahl of Sweden on Monday, November 23.", "2026-11-30");
    expect(doc.meetings.map((m) => [m.date, m.status])).toEqual([["2026-12-01", "planned"], ["2026-11-23", "held"]]);
  });
});
