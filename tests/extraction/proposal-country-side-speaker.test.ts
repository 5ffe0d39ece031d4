// A country's side as the subject of an act (issue #11, proposals): "..., while the Pakistani side called for X" is said
// by the one official of that country the encounter had, not by the person named last.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("the X side as the speaker", () => {
  it("is that country's official of the encounter", () => {
    const doc = run(
      "Nepali Foreign Minister Arzu Rana Deuba held a telephone conversation with Bangladeshi Foreign Adviser Touhid Hossain. Hossain invited Deuba to visit Dhaka for the BIMSTEC ministerial meeting, while the Nepali side called for early approval of the power trade corridor.",
      "2026-03-10",
    );
    const call = doc.proposals.find((p) => p.text.includes("power trade corridor"));
    expect(call?.speaker).toBe("Arzu Rana Deuba");
  });
});
