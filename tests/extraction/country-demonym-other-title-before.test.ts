// A demonym opening another official's title before the name (issue #11, countries; batch44-guided): in "attended by
// the Greek Ambassador in Cairo, Mr. A, and the Assistant Foreign Minister for European Affairs, Ambassador B", "Greek"
// is A's; B's title opens with its own article, so the demonym says nothing of B. Without an article the title shares
// it: "Indonesian Foreign Minister A and Coordinating Minister for Economic Affairs B" are both Indonesian.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a demonym before another official's title", () => {
  const doc = run(
    "Foreign Minister Karim Nasser received his Greek counterpart, Giorgos Pappas, in Cairo on Sunday. The talks were attended by the Greek Ambassador in Cairo, Mr. Nikos Vlachos, and the Assistant Foreign Minister for European Affairs, Ambassador Hany Saleh.",
    "2026-03-08",
  );

  it("is that official's", () => {
    expect(official(doc, "Nikos Vlachos")?.country).toBe("GR");
  });

  it("not the next one's, whose title has its own article", () => {
    expect(official(doc, "Hany Saleh")?.country).not.toBe("GR");
  });
});

describe("a demonym before two coordinated titles without an article", () => {
  it("is both officials'", () => {
    const doc = run(
      "President Bima Santoso held talks with Prime Minister Aiko Tanaka in Tokyo on Tuesday. Indonesian Foreign Minister Sutrisno Hadi and Coordinating Minister for Economic Affairs Budi Hartono joined the meeting.",
      "2026-03-10",
    );
    expect(official(doc, "Budi Hartono")?.country).toBe("ID");
  });
});

describe("a demonym before another official's title, the name in another clause", () => {
  it("is not the name's", () => {
    const doc = run(
      "Prime Minister Mark Rowe will hold talks with Ukrainian President Taras Melnyk on Tuesday, the final day of the summit, PMO spokesperson Anne Simard said.",
      "2026-06-15",
    );
    expect(official(doc, "Anne Simard")?.country).not.toBe("UA");
  });
});
