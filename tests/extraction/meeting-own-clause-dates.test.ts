// A planned encounter with a day of its own after the trigger (issue #11): a day before a relative clause the trigger is
// in ("travels to San José on Wednesday, where he is scheduled to meet Y on Thursday") or before a coordinated verb
// phrase ("will lead a delegation to Tanzania next month and is scheduled to meet Y on April 20") is the other
// clause's.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the trigger's own day after it", () => {
  it.each([
    ["Foreign Minister Cho Hyun travels to San José on Wednesday, where he is scheduled to meet Costa Rican Foreign Minister Arnoldo André Tinoco on Thursday.", "2026-10-22"],
    ["Foreign Minister Cho Hyun travels on to San José on Wednesday, where he is due to meet Costa Rican Foreign Minister Arnoldo André Tinoco on Thursday.", "2026-10-22"],
    ["Foreign Minister Cho Hyun will lead a trade delegation to Costa Rica next month and is scheduled to meet Costa Rican Foreign Minister Arnoldo André Tinoco in San José on November 20.", "2026-11-20"],
  ])("%s", (text, date) => {
    expect(meetings(text, "2026-10-21")).toEqual([[date, "planned", ["Arnoldo André Tinoco", "Cho Hyun"]]]);
  });

  it("without a day after the trigger, the day before it still dates the plan", () => {
    expect(meetings("Foreign Minister Cho Hyun travels to San José on Thursday, where he is scheduled to meet Costa Rican Foreign Minister Arnoldo André Tinoco.", "2026-10-21")).toEqual([
      ["2026-10-22", "planned", ["Arnoldo André Tinoco", "Cho Hyun"]],
    ]);
  });
});
