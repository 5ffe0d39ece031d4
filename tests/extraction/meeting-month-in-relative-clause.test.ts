// "On Monday afternoon, X paid a courtesy call on A, and later met the Speaker, B, who invited a delegation to the
// Assembly's September celebrations": a month alone in a relative clause after the person met dates what the clause
// tells, not the encounter, when the sentence gave its day before; the encounter keeps the sentence's day (issue #11,
// meetings; as a bare year there already did).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a month in a relative clause after the person met", () => {
  it("'and later met the Speaker, B, who invited ... to the Assembly's September celebrations'", () => {
    const told = meetings(
      "On Monday afternoon, Chilean President Matías Olave paid a courtesy call on the Governor General, Anne Roy, at Government House, and later met the Speaker of the House, Paul Greer, who invited a delegation of Chilean legislators to the Assembly's September celebrations.",
      "2026-01-28",
    );
    expect(told).toContainEqual(["2026-01-26", "held", ["Matías Olave", "Paul Greer"]]);
    expect(told.some(([date]) => String(date).startsWith("2026-09") || String(date).startsWith("2025-09"))).toBe(false);
  });
});
