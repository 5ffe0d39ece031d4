// Dates a report gives by the week (issue #12): "last week" is the Monday to Sunday before the
// report's week, kept as a period beside the month the contract's date holds, so the store can
// match it to the one day inside that week; "<day>, N days/a week after <encounter>" counts back
// from that day.
import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extraction/dates.ts";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, period: m.period ?? null, participants: [...m.participants].sort() }));

describe("weeks", () => {
  it.each([
    // header weekday, "last/this/next week" -> Monday..Sunday
    ["2024-09-04", "last week", { start: "2024-08-26", end: "2024-09-01" }, "2024-08"],
    ["2024-09-02", "last week", { start: "2024-08-26", end: "2024-09-01" }, "2024-08"],
    ["2024-09-08", "early next week", { start: "2024-09-09", end: "2024-09-15" }, "2024-09"],
    ["2024-10-31", "later this week", { start: "2024-10-28", end: "2024-11-03" }, "2024-10"],
  ])("under a %s header, %s is %o", (header, text, period, month) => {
    const [d] = findDates(text);
    expect(resolveDate(d, header, false)).toEqual({ value: month, precision: "month", period });
  });

  it("an encounter dated last week carries the week's days", () => {
    const ms = meetings("Hanoi (VNA) – Deputy Foreign Minister Do Hung Viet held talks with Chilean Vice Minister Gloria de la Fuente in Santiago last week.", "2024-09-04");
    expect(ms).toEqual([{ date: "2024-08", period: { start: "2024-08-26", end: "2024-09-01" }, participants: ["Do Hung Viet", "Gloria de la Fuente"] }]);
  });

  it("counts back from the day a sentence gives when the encounter comes 'a week after' it", () => {
    const ms = meetings(
      "Chilean Vice Minister Gloria de la Fuente flies to Lima on Friday, three days after talks with Vietnamese Deputy Foreign Minister Do Hung Viet in Santiago.",
      "2024-09-06",
    );
    expect(ms.map((m) => [m.date, m.period])).toEqual([["2024-09-03", null]]);
  });
});
