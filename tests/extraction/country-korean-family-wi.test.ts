// Korean family names (issue #11, countries, batch25, batch35): "Wi" (위) is a Korean family name, so "National Security
// Adviser Wi Min-jun" in a report on Korea is Korean by his name's tradition, not of the one foreign demonym of his
// sentence ("... and Polish Deputy Prime Minister Jan Nowak").
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a Korean family name", () => {
  it("gives the name's country over a foreign demonym in the sentence", () => {
    const doc = run(
      "President Lee Han-sol held a summit with Polish President Adam Kowalski in Seoul on Monday. The talks were followed by an expanded session attended by National Security Adviser Wi Min-jun, Defense Minister Ahn Sung-ho and Polish Deputy Prime Minister Jan Nowak.",
      "2026-05-20",
      "Korea, Poland hold summit",
    );
    expect(official(doc, "Wi Min-jun")?.country).toBe("KR");
  });
});
