// A relative day fronted before two coordinated verbs (issue #11, meetings): "A day earlier, X had called on A, and later
// met B" puts both encounters on the same day, one before the day told last; the second does not count a day back again.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a day earlier, X called on A, and later met B", () => {
  it("dates both encounters the same day", () => {
    const found = meetings(
      "Chief Minister Revanth Reddy on Tuesday held a meeting with visiting Premier Doug Ford. A day earlier, Ford had called on Chief Minister Chandrababu Naidu, and later met Governor Syed Abdul Nazeer at the Raj Bhavan.",
      "2026-07-08",
    );
    expect(found).toContainEqual(["2026-07-06", "held", ["Chandrababu Naidu", "Doug Ford"]]);
    expect(found).toContainEqual(["2026-07-06", "held", ["Doug Ford", "Syed Abdul Nazeer"]]);
  });
});
