// A hard wrap right after an abbreviation's full stop ("... barriers to U.S.\nagricultural exports"): the line runs on,
// as a full stop before a lower-case word ends no sentence; a real sentence end before a capital still does (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-05-07",
  "Trade ministers meet in Washington",
  "WASHINGTON - Trade Representative Mark Dalton met Minister of Trade Ana Ruiz of Peru on",
  "Wednesday to review the bilateral trade agreement. Dalton urged Peru to remove barriers to U.S.",
  "agricultural exports, including permits for poultry, by the end of the year. Ruiz asked",
  "the U.S. side to lower tariffs on asparagus and coffee, the office said in a statement.",
  "The talks ended at 6 p.m.",
  "Officials will meet again in Lima in September.",
].join("\n");

describe("a wrap after an abbreviation", () => {
  const doc = extract(text, { source: "t.txt" });

  it("keeps the sentence whole across 'U.S.\\n' before a lower-case word", () => {
    const call = doc.proposals.find((p) => p.speaker === "Mark Dalton");
    expect(call?.text).toBe("Peru to remove barriers to U.S. agricultural exports, including permits for poultry, by the end of the year");
  });

  it("still ends a sentence at 'p.m.' before a line that opens with a capital", () => {
    expect(doc.sentences.some((s) => s.text === "The talks ended at 6 p.m.")).toBe(true);
  });
});
