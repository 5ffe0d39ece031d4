// The Maldivian style "Uz" (Ustaz) is not part of a name (issue #11, names); written "Uz" only.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("Maldivian style Uz", () => {
  it("is stripped and tells the bearer's country", () => {
    const doc = run("Male, 2 April - President Mohamed Muizzu met Vice President Uz Ahmed Rasheed Hassan on Thursday.", "2026-04-02");
    expect(names(doc)).toContain("Ahmed Rasheed Hassan");
    expect(official(doc, "Ahmed Rasheed Hassan")?.country).toBe("MV");
  });
});
