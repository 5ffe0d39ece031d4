// "met A and B in Lima on Monday, on the sidelines of the APEC Economic Leaders' Meeting" (issue #11, meetings): the
// gathering named after a comma as the margins of a verb's encounters is their venue, no encounter of the people the
// sentence names.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a named gathering after a comma, as the sidelines of the verb's encounters", () => {
  it("'held a meeting with A and B in Lima on Monday, on the sidelines of the X Leaders' Meeting'", () => {
    const told = meetings(
      "Prime Minister Petra Lindholm held a meeting with Brazilian President Rafael Duarte and Indonesian President Budi Santoso in Lima on Monday, on the sidelines of the Pacific Rim Economic Leaders' Meeting, which Peru is hosting for the third time.",
      "2026-11-18",
    );
    expect(told).toContainEqual(["2026-11-16", "held", ["Petra Lindholm", "Rafael Duarte"]]);
    expect(told).toContainEqual(["2026-11-16", "held", ["Budi Santoso", "Petra Lindholm"]]);
    expect(told.some(([, , people]) => (people as string[]).length === 3)).toBe(false);
  });
});
