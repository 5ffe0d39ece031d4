// "The delegation" as the subject of an encounter is the person the report said leads it (issue #11, meetings), also
// with a relative clause after the noun ("The Korean delegation, which arrived in Muscat on Monday, also met Y") and
// with the plan's "to" inside the trigger ("the delegation is scheduled to meet Y").
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const LEAD =
  "Chairman Khalid Nasser received a parliamentary delegation from the Republic of Korea led by Vice Speaker Park Min-jun at the Majlis headquarters on Tuesday.";

describe("'the delegation' as a subject", () => {
  it("'The Korean delegation, which arrived in Muscat on Monday, also met Y on Monday evening'", () => {
    expect(
      meetings(`${LEAD} The Korean delegation, which arrived in Muscat on Monday, also met Chairman Salim Harthy on Monday evening.`, "2026-05-13"),
    ).toContainEqual(["2026-05-11", "held", ["Park Min-jun", "Salim Harthy"]]);
  });

  it("'On Wednesday, the delegation is scheduled to meet Y'", () => {
    expect(
      meetings(`${LEAD} On Wednesday, the delegation is scheduled to meet Minister of Commerce Qais Yousef before leaving for Doha.`, "2026-05-13"),
    ).toContainEqual(["2026-05-13", "planned", ["Park Min-jun", "Qais Yousef"]]);
  });
});
