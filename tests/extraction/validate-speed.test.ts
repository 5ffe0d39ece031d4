// The language check runs on the writer's thread for every document (issue #16): an English
// report's ASCII letters are counted without a Unicode-property match per character, and letters
// outside ASCII (accented, other scripts, outside the BMP) are still counted as before.
import { describe, expect, it } from "vitest";
import { languageProblem } from "../../src/extraction/validate.ts";

const SENTENCE = "The minister said that the two sides would sign an agreement on trade with the partners of the region. ";

describe("languageProblem on long reports", () => {
  it("judges 50,000 characters of English in under 10 ms (the base took 17–36)", () => {
    const text = SENTENCE.repeat(500).slice(0, 50_000);
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      expect(languageProblem(text)).toBeNull();
      best = Math.min(best, performance.now() - t);
    }
    expect(best).toBeLessThan(10);
  });

  it("counts letters outside ASCII as letters of their script", () => {
    expect(languageProblem(`${SENTENCE.repeat(3)}Crème brûlée à Zürich, naïve café. `)).toBeNull();
    expect(languageProblem(`${SENTENCE} ${"Министр заявил, что стороны подпишут соглашение. ".repeat(4)}`)).toMatch(/not English: \d+% of the letters are not Latin script \(mostly Cyrillic\)/);
    expect(languageProblem("𝒜𝒷𝒸 ".repeat(40))).toMatch(/not English/);
  });
});
