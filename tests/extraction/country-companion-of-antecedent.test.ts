// A companion takes the country of the one he accompanies (issue #11, countries): in "X received Y, who was accompanied by
// Z", the one accompanied is Y, the antecedent of "who", not the sentence's subject X.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("who was accompanied by", () => {
  const doc = run(
    "President Abdel Fattah al-Sisi received Greek Foreign Minister Giorgos Gerapetritis, who was accompanied by Deputy Foreign Minister Alexandra Papadopoulou.",
    "2026-03-10",
  );

  it("gives the companion the antecedent's country", () => {
    expect(official(doc, "Alexandra Papadopoulou")?.country).toBe("GR");
  });
});
