// "When meeting with X, Y called on the two sides to ..." (issue #11, meetings): a fronted gerund of encounter with no day
// of its own goes on with the series of encounters told before it, on their day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a fronted gerund of encounter with no day", () => {
  it("'When meeting with X, Y called on ...' after a dated series", () => {
    const told = meetings(
      "President Ruth Achieng held talks with Omani Sultan Haitham bin Tarik in Nairobi on Tuesday. The two sides agreed to expand port cooperation. When meeting with Comorian President Said Ahamada, Achieng called on the two sides to deepen cooperation in fisheries.",
      "2026-03-12",
    );
    expect(told).toContainEqual(["2026-03-10", "held", ["Ruth Achieng", "Said Ahamada"]]);
  });
});
