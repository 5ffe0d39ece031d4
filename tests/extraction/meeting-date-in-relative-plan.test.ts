// "X also met Y, who briefed him on the charter, which the ministers are expected to adopt on Friday" (issue #11,
// meetings): a date in a relative clause after the verb that tells a plan dates the plan; the encounter told as held
// keeps the day of the encounters told before it.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a date in a relative clause of a plan after a held encounter", () => {
  const told = meetings(
    "President Ruth Achieng held talks with Omani Sultan Haitham bin Tarik in Nairobi on Tuesday. Achieng also met with the Secretary-General of the Indian Ocean Commission, Marc Dubois, who briefed her on the preparations for the Nairobi Charter, which the ministers are expected to adopt on Friday.",
    "2026-03-12",
  );

  it("the encounter keeps the day told before", () => {
    expect(told).toContainEqual(["2026-03-10", "held", ["Marc Dubois", "Ruth Achieng"]]);
  });

  it("the plan's day dates no encounter", () => {
    expect(told.some(([date]) => date === "2026-03-13")).toBe(false);
  });
});
