// A meeting told in reported speech with "would" ("disclosed that A and B would meet on the margins of the summit in
// July") or "shall" is planned, as "will meet" is; "would meet" a thing to be satisfied is no encounter (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (sentence: string) =>
  extract(` date 2026-03-04 Nigeria, Ghana deepen ties\n\nForeign Minister Yusuf Tuggar briefed reporters in Abuja on Tuesday. ${sentence}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("a meeting with 'would' or 'shall'", () => {
  it("is planned in reported speech", () => {
    expect(meetings("Tuggar also disclosed that President Bola Tinubu and President John Dramani Mahama would meet on the margins of the ECOWAS summit in Abuja in July.")).toEqual([
      ["2026-07", "planned", "Bola Tinubu + John Dramani Mahama"],
    ]);
  });

  it("is planned with 'shall' too", () => {
    expect(meetings("President Bola Tinubu and President John Dramani Mahama shall meet in Accra in June to review the commission's work.")).toEqual([
      ["2026-06", "planned", "Bola Tinubu + John Dramani Mahama"],
    ]);
  });

  it("is no encounter when what is met is a target", () => {
    expect(meetings("Tuggar said that President Bola Tinubu and President John Dramani Mahama would meet the trade target by July.")).toEqual([]);
  });

  it("'would travel to X in January for talks with Y' is a plan, dated to the next January", () => {
    expect(meetings("Tuggar told reporters that President Bola Tinubu would travel to Accra in January for talks with President John Dramani Mahama.")).toEqual([
      ["2027-01", "planned", "Bola Tinubu + John Dramani Mahama"],
    ]);
  });
});
