// A coarse date made precise by a day in apposition (issue #11, meetings): "had met earlier this month, on April 7" is
// April 7; "last met earlier this year, on 12 February" is that day.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const dates = (body: string, date: string) => run(body, date).meetings.map((m) => m.date);

describe("a day in apposition after a coarse date", () => {
  it.each([
    ["Munteanu and Bolojan had met earlier this month, on April 7, at a party congress in Bucharest.", "2026-04-07"],
    ["Munteanu and Bolojan last met earlier this year, on 12 February, in Brussels.", "2026-02-12"],
    ["Munteanu and Bolojan had met last month, on March 30, in Iasi.", "2026-03-30"],
  ])("%s", (second, day) => {
    const body = `Chisinau (Moldpres) – Prime Minister Alexandru Munteanu held talks with Romanian Prime Minister Ilie Bolojan in Chisinau today.\n\n${second}`;
    expect(dates(body, "2026-04-23")).toContain(day);
  });
});
