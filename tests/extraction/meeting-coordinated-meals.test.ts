// A meal told of a coordinated subject with no "with" ("A and B had dinner at the ministry", "A and B dined in
// Lisbon") is an encounter of the two, as "A had dinner with B" is; one person's meal is none (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetingsOf = (body: string) =>
  extract(` date 2026-10-08\nLISBON, Oct 7 (Wire) - ${body}\n`, { source: "t.txt" }).meetings.map((m) => ({
    kind: m.kind,
    date: m.date,
    participants: [...m.participants].sort(),
  }));

const pair = ["Ivana Marković", "Paulo Rangel"];

describe("meals of a coordinated subject", () => {
  it.each([
    "Foreign Minister Paulo Rangel and his Serbian counterpart Ivana Marković had dinner at the Necessidades Palace on Tuesday.",
    "Foreign Minister Paulo Rangel and his Serbian counterpart Ivana Marković had a working lunch in Lisbon on Tuesday.",
    "On Tuesday evening, Foreign Minister Paulo Rangel and his Serbian counterpart Ivana Marković dined in the old town.",
  ])("%s", (body) => {
    expect(meetingsOf(body)).toEqual([{ kind: "meeting", date: "2026-10-06", participants: pair }]);
  });

  it("still reads 'had dinner with'", () => {
    expect(meetingsOf("Foreign Minister Paulo Rangel had dinner with his Serbian counterpart Ivana Marković on Tuesday.")).toEqual([
      { kind: "meeting", date: "2026-10-06", participants: pair },
    ]);
  });

  it("finds no encounter in one person's meal", () => {
    expect(meetingsOf("Serbian Foreign Minister Ivana Marković had lunch at her hotel on Tuesday before flying home.")).toEqual([]);
  });
});
