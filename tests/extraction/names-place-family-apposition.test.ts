// A family name that is also a place (issue #11, names; batch46-guided): in "The Turkish Ambassador to Moldova, Mehmet
// Selim Oran, also attended", "Oran" (an Algerian city) closes the name set off by commas after a title.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a place word closing a name in apposition", () => {
  const doc = run("The commission was co-chaired by Minister Ion Rusu and Trade Minister Omer Kaya. The Turkish Ambassador to Moldova, Mehmet Selim Oran, also attended.", "2025-06-10");

  it("is the family name", () => {
    expect(official(doc, "Mehmet Selim Oran")?.title).toBe("Ambassador to Moldova");
  });

  it("while a place after a comma stays a place", () => {
    expect(names(run("Trade Minister Omer Kaya met Ion Rusu, Oran, on Monday.", "2025-06-10"))).not.toContain("Ion Rusu Oran");
  });
});
