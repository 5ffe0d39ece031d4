// A proposal whose subject names both sides ("proposed that Colombia and Spain set up a working group") says nothing of
// the speaker's side: the speaker placed by context keeps it (issue #11, countries).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a proposal naming both sides", () => {
  it("does not move its speaker to the other side", () => {
    const doc = run(
      "Spain's Secretary of State for Trade, Amparo Lopez, led a delegation of companies to a business meeting organised by ProColombia on Tuesday. The Secretary of State met the same day with the Minister of Commerce, Industry and Tourism, Diana Rojas. Minister Rojas invited Spanish companies to bid for the tenders, and proposed that Colombia and Spain set up a bilateral working group on green hydrogen.",
      "2026-03-11",
    );
    expect(official(doc, "Diana Rojas")?.country).toBe("CO");
  });
});
