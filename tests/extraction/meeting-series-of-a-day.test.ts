// A report of one principal's series of meetings on a summit's margins (issue #11, meetings): "In a separate meeting
// with X, the King stressed ..." (the subject after the fronted meeting speaks at it, not to the press); "Attending the
// meetings were A, B and C" (every encounter of that day); "with talks covering the Partnership signed in Amman in
// January 2025" (the date after an instrument's participle dates the instrument, not the talks).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const SERIES =
  "King Hamid on Wednesday held a series of meetings on the sidelines of the forum in Davos. In a meeting with Swiss President Anna Keller, the King discussed water projects. In a separate meeting with Belgian Prime Minister Pieter Claes, the King stressed the role of the UN agency.";

describe("a day's series of meetings", () => {
  it("'In a separate meeting with X, the King stressed ...' is the King's meeting with X", () => {
    expect(meetings(SERIES, "2026-01-22")).toContainEqual(["2026-01-21", "held", ["Hamid", "Pieter Claes"]]);
  });

  it("'Attending the meetings were A and B': both join every meeting of the day", () => {
    const got = meetings(`${SERIES} Attending the meetings were Foreign Minister Omar Nasser and Ambassador Lina Haddad.`, "2026-01-22");
    expect(got).toContainEqual(["2026-01-21", "held", ["Anna Keller", "Hamid", "Lina Haddad", "Omar Nasser"]]);
    expect(got).toContainEqual(["2026-01-21", "held", ["Hamid", "Lina Haddad", "Omar Nasser", "Pieter Claes"]]);
  });

  it("'met X, with talks covering the Partnership signed in Amman in January 2025' is today's meeting", () => {
    const got = meetings(
      "King Hamid on Wednesday held talks with Swiss President Anna Keller in Davos. The King also met with European Commission President Clara Vogel, with talks covering the Strategic Partnership signed in Amman in January 2025.",
      "2026-01-22",
    );
    expect(got).toContainEqual(["2026-01-21", "held", ["Clara Vogel", "Hamid"]]);
    expect(got.map((m) => m[0])).not.toContain("2025-01");
  });

  it("'met and signed an MoU on Tuesday': a finite verb's date still dates the meeting", () => {
    expect(meetings("President Anna Keller met Prime Minister Pieter Claes in Bern and signed a memorandum on Tuesday.", "2026-01-22")).toEqual([
      ["2026-01-20", "held", ["Anna Keller", "Pieter Claes"]],
    ]);
  });
});
