// "Motegi is scheduled to hold talks with Lazaro's Vietnamese counterpart in Hanoi": the possessor of a person named by
// a role ("counterpart", "deputy", "envoy", "spouse") is not a party of the encounter; the person meant is, when named.
// (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-01-22 Ministers meet in Manila\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.status, m.participants.slice().sort().join(" + ")]);

describe("the possessor of a person", () => {
  it("is no party of the encounter", () => {
    expect(
      meetings("Foreign Minister Toshimitsu Motegi met Foreign Affairs Secretary Ma. Theresa Lazaro on Thursday. Motegi is scheduled to hold talks with Lazaro's Vietnamese counterpart in Hanoi on Friday."),
    ).toEqual([["held", "Ma. Theresa Lazaro + Toshimitsu Motegi"]]);
  });

  it("leaves the person meant, when named", () => {
    expect(meetings("Foreign Minister Toshimitsu Motegi met Secretary Ma. Theresa Lazaro's deputy, Undersecretary Maria Cruz, on Thursday.")).toEqual([["held", "Maria Cruz + Toshimitsu Motegi"]]);
  });

  it("keeps a possessive of a thing", () => {
    expect(meetings("Foreign Minister Toshimitsu Motegi met Secretary Ma. Theresa Lazaro's team and Lazaro herself on Thursday.")).toContainEqual(["held", "Ma. Theresa Lazaro + Toshimitsu Motegi"]);
  });
});
