// "The Chinese delegation is expected to meet Y" where no one is said to lead the delegation: that country's people of
// the latest encounter by its day (a meeting recalled from years before is not the visit's) (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the <demonym> delegation' as the subject", () => {
  it("the visitor of the latest encounter, not the one of a meeting recalled from 2024", () => {
    expect(
      meetings(
        "Vice President Kashim Bello received China's Vice Minister of Commerce Ling Wei on Tuesday. President Bola Adeyemi and President Xi Jinping met in Beijing in September 2024. The Chinese delegation is expected to meet Governor Olayemi Okafor on Thursday.",
        "2026-03-11",
      ),
    ).toEqual([
      ["2026-03-10", "held", ["Kashim Bello", "Ling Wei"]],
      ["2024-09", "held", ["Bola Adeyemi", "Xi Jinping"]],
      ["2026-03-12", "planned", ["Ling Wei", "Olayemi Okafor"]],
    ]);
  });

  it("a delegation of a country no encounter had gives no subject", () => {
    expect(
      meetings("Vice President Kashim Bello received China's Vice Minister of Commerce Ling Wei on Tuesday. The Indian delegation is expected to meet Governor Olayemi Okafor on Thursday.", "2026-03-11"),
    ).toEqual([["2026-03-10", "held", ["Kashim Bello", "Ling Wei"]]]);
  });
});
