// Two people agreeing together on a day told met (issue #11, meetings): "The Minister of Foreign Affairs, A, and his
// Moroccan counterpart, B, agreed on Wednesday in Rabat to ..." is their meeting, as "discussed on Wednesday in Rabat"
// is; one person agreeing on a day is no encounter, nor is "agreed on a plan".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'A and B agreed on Wednesday'", () => {
  it("is their meeting that day", () => {
    const got = meetings(
      "The Minister of Foreign Affairs, Juan Ortega, and his Moroccan counterpart, Karim Alaoui, agreed on Wednesday in Rabat to complete the reopening of the customs posts.",
      "2025-10-09",
    );
    expect(got).toEqual([["2025-10-08", "held", ["Juan Ortega", "Karim Alaoui"]]]);
  });

  it("but one person agreeing is not", () => {
    expect(meetings("Foreign Minister Juan Ortega agreed on Wednesday to complete the reopening of the customs posts.", "2025-10-09")).toEqual([]);
  });

  it("nor is agreeing on a plan", () => {
    expect(meetings("Foreign Minister Juan Ortega and Interior Minister Ana Ruiz agreed on a plan to reopen the customs posts.", "2025-10-09")).toEqual([]);
  });
});
