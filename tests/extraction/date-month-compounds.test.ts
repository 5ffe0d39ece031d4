// A month's name or short form that opens a compound joined by a hyphen to a lower-case word is no month ("Mar-a-Lago",
// "May-be"): "last met at Mar-a-Lago in November" is dated by November, not by March (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-04-22 Rubio meets Quirno\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("a month word inside a hyphenated compound", () => {
  it("does not date the encounter told beside it", () => {
    expect(meetings("President Donald Trump and Argentine President Javier Milei last met at Mar-a-Lago in November.")).toEqual([["2025-11", "held", "Donald Trump + Javier Milei"]]);
  });

  it("is still a month before a year, a day or a capitalised month", () => {
    expect(meetings("President Donald Trump and Argentine President Javier Milei last met in Mar. 2026 at the White House.")).toEqual([["2026-03", "held", "Donald Trump + Javier Milei"]]);
    expect(meetings("President Donald Trump and Argentine President Javier Milei last met on Mar 3 at the White House.")).toEqual([["2026-03-03", "held", "Donald Trump + Javier Milei"]]);
  });
});
