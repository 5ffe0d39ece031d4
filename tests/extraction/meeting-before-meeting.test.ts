// "Before meeting the president, X held talks with Y": an opener that names the encounter just told by its verb
// ("Before meeting", "After calling on") sets what follows on that encounter's day (issue #11, meetings on unseen
// reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("an opener naming the encounter by its verb", () => {
  it("'Before meeting the president, X held talks with Y'", () => {
    const body =
      "President Ferdinand Marcos received Korean Prime Minister Kim Min-seok at Malacañang on Wednesday.\n\n" +
      "The president invited Korean companies to invest in the new railway.\n\n" +
      "Before meeting the president, Kim held talks with Vice President Sara Duterte at her office in Mandaluyong.";
    expect(meetings(body, "2026-10-15")).toEqual([
      ["2026-10-14", "held", ["Ferdinand Marcos", "Kim Min-seok"]],
      ["2026-10-14", "held", ["Kim Min-seok", "Sara Duterte"]],
    ]);
  });
});
