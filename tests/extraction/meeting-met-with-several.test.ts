// "met the same day with A, and B" is one meeting with both: a "with" after the verb's adverbials tells a joint
// encounter, as "met with" does; "met A and B" of another country still tells one call on each (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const lead = "Spain's Secretary of State for Trade, Amparo Lopez, led a delegation of companies to Bogotá on Tuesday, where a business meeting was organised by ProColombia.";

describe("'met ... with A and B'", () => {
  it("one meeting when 'with' follows the verb's adverbials", () => {
    expect(
      meetings(`${lead} The Secretary of State met the same day with the Minister of Commerce, Diana Rojas, and the President of ProColombia, Carmen Caballero.`, "2026-03-11"),
    ).toEqual([["2026-03-10", "held", ["Amparo Lopez", "Carmen Caballero", "Diana Rojas"]]]);
  });

  it("one call on each after a bare 'met'", () => {
    expect(
      meetings(`${lead} The Secretary of State met the Minister of Commerce, Diana Rojas, and the President of ProColombia, Carmen Caballero, the same day.`, "2026-03-11"),
    ).toEqual([
      ["2026-03-10", "held", ["Amparo Lopez", "Diana Rojas"]],
      ["2026-03-10", "held", ["Amparo Lopez", "Carmen Caballero"]],
    ]);
  });
});
