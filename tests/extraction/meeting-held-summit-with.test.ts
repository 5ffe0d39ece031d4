// "held back-to-back summits with A and B", "will hold a trilateral summit with A and B" (issue #11, meetings): a summit
// held with named leaders is an encounter told by its verb, as "held a meeting with" is: one per counterpart when told
// back to back, one of all for a trilateral, and its subject is a party.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a summit held with named leaders", () => {
  it("'held back-to-back summits with A and B' is one encounter with each", () => {
    const told = meetings(
      "Prime Minister Petra Lindholm held back-to-back summits with Brazilian President Rafael Duarte and Indonesian President Budi Santoso in Lima on Monday.",
      "2026-11-18",
    );
    expect(told).toContainEqual(["2026-11-16", "held", ["Petra Lindholm", "Rafael Duarte"]]);
    expect(told).toContainEqual(["2026-11-16", "held", ["Budi Santoso", "Petra Lindholm"]]);
    expect(told.some(([, , people]) => (people as string[]).length === 3)).toBe(false);
  });

  it("'is set to hold a trilateral summit with A and B on Friday' has its subject", () => {
    const told = meetings(
      "President Omar Haddad met Spanish Prime Minister Lucia Vidal in Lima on Wednesday. Haddad is set to hold a trilateral summit with Chilean President Tomas Reyes and Vidal on Friday afternoon.",
      "2026-11-18",
    );
    expect(told).toContainEqual(["2026-11-20", "planned", ["Lucia Vidal", "Omar Haddad", "Tomas Reyes"]]);
  });
});
