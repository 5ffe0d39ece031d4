// A portfolio's nouns are no given names (issue #11, names): "Minister of Jobs and Economic Growth Ravi Kahlon" is
// Ravi Kahlon, Minister of Jobs and Economic Growth, not "Growth Ravi Kahlon" (the field nouns are data, in
// vocabulary.json).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a field noun at a title's end before the name", () => {
  const doc = run(
    "The Premier was joined by Minister of Trade and Shared Prosperity Aroha Tane and Minister for Truth and Reconciliation Lena Oskar, while Minister of Skills and Clean Growth Dev Malhi met the chamber.",
    "2026-03-10",
  );

  it("stays in the title", () => {
    expect(official(doc, "Aroha Tane")?.title).toBe("Minister of Trade and Shared Prosperity");
    expect(official(doc, "Lena Oskar")?.title).toBe("Minister for Truth and Reconciliation");
    expect(official(doc, "Dev Malhi")?.title).toBe("Minister of Skills and Clean Growth");
  });
});
