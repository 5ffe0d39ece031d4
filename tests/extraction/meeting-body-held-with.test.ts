// A body's session "held" with a counterpart is an encounter of the two who hold it (issue #11, meetings): "X held the 9th
// Korea-Poland Economic Joint Committee with Minister Y in Warsaw on November 18".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'held the <body> with Y'", () => {
  it("a joint committee held with a counterpart, and a meeting 'earlier the same day' dated by it", () => {
    expect(
      meetings(
        "Trade Minister Karl Hansen held the 4th Norway-Chile Joint Economic Committee with Economy Minister Ana Rojas in Santiago on Tuesday. Earlier the same day, Minister Hansen met with Finance Minister Luis Soto to discuss pensions.",
        "2026-03-12",
      ),
    ).toEqual([
      ["2026-03-10", "held", ["Ana Rojas", "Karl Hansen"]],
      ["2026-03-10", "held", ["Karl Hansen", "Luis Soto"]],
    ]);
  });

  it("a dialogue convened with a counterpart, the words between its name and 'with'", () => {
    expect(
      meetings("Foreign Minister Karl Hansen convened the annual Strategic Dialogue in Oslo on Monday with Foreign Minister Ana Rojas.", "2026-03-12"),
    ).toEqual([["2026-03-09", "held", ["Ana Rojas", "Karl Hansen"]]]);
  });

  it("a body's session held with no one named after 'with' is no encounter", () => {
    expect(meetings("Trade Minister Karl Hansen held the Joint Economic Committee with the participation of business leaders on Tuesday.", "2026-03-12")).toEqual([]);
  });
});
