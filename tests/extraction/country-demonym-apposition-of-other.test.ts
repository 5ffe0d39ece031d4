// A demonym opening another official's apposition (issue #11, countries; batch44-guided): in "Vice Mayor A and B, Swiss
// State Secretary for Economic Affairs, signed ...", "Swiss" is B's, not A's.
// In a list ("A, B, German Ambassador to Vietnam C") the demonym opens the next item's title instead.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a demonym in another official's apposition", () => {
  const doc = run(
    "Vice Mayor Zhou Ming and Eva Brunner, Swiss State Secretary for Economic Affairs, signed a memorandum of understanding on vocational training on Tuesday.",
    "2026-03-10",
  );

  it("is that official's", () => {
    expect(official(doc, "Eva Brunner")?.country).toBe("CH");
  });

  it("not the name's before it", () => {
    expect(official(doc, "Zhou Ming")?.country).not.toBe("CH");
  });
});
