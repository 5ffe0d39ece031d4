// "the Kyrgyz leader" is the head of state, not the Kyrgyz foreign minister the report also names (issue #11,
// coreference): the leader may also be the one of no country known yet.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a demonym's leader", () => {
  it("is not the minister of that country", () => {
    const m = meetings(
      "President Jan Kowal welcomed Kyrgyz President Sadyk Toktogulov in Warsaw on Wednesday. Foreign Minister Ewa Lis and her Kyrgyz counterpart Bakyt Osmonov attended the talks. Later on Wednesday the Kyrgyz leader met Prime Minister Adam Wolski.",
      "2026-01-22",
    );
    expect(m).toContainEqual(["2026-01-21", "held", ["Adam Wolski", "Sadyk Toktogulov"]]);
  });
});
