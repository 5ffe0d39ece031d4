// A month's name is also a given name ("Polish President Jan Nowak", "June Ryan"): with no preposition before it and a
// capitalised word after it, it is no date; "in March", "March 2026" and "Jan 5" still are (issue #11).
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extraction/dates.ts";
import { meetings } from "./helpers.ts";

describe("a month's name as a given name", () => {
  it("is no date before a family name", () => {
    expect(findDates("President Lee held talks with Polish President Jan Nowak and adviser June Ryan.")).toEqual([]);
  });

  it.each(["in March Prime Minister Kim visited", "March 2026", "Jan 5", "since June", "in early May"])("'%s' is still a date", (text) => {
    expect(findDates(text).length).toBe(1);
  });

  it("leaves the meeting on its day", () => {
    expect(meetings("President Lee Min-ho held a summit with Polish President Jan Nowak at the presidential office on Wednesday.", "2026-08-06")).toEqual([
      ["2026-08-05", "held", ["Jan Nowak", "Lee Min-ho"]],
    ]);
  });
});
