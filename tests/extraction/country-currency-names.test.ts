// A currency named after its country (issue #11, countries, batch35, batch25): "a joint investment platform worth one
// billion US dollars", "an investment of 3.7 billion US dollars" name money, not the United States, so neither the
// sentence's official nor the report's bare officials take the US from it; "Korea won the bid" still names Korea (a
// currency's name that is also a word counts only after a number).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a currency's name after a country word", () => {
  it("is no country of the official in the sentence", () => {
    const doc = run(
      "President Arman Tulegenov proposed to set up a joint investment platform worth one billion US dollars. The meeting was also attended by Minister of Energy Nurlan Abenov.",
      "2026-05-20",
      "Kazakh and Omani leaders meet",
    );
    expect(official(doc, "Arman Tulegenov")?.country).not.toBe("US");
    expect(official(doc, "Nurlan Abenov")?.country).not.toBe("US");
  });

  it("nor of the bare officials, however often the currency is named", () => {
    const doc = run(
      "Omani Minister of Commerce Qais Al Yousef met Minister of Trade Serik Zhumangarin in Astana. Trade reached 50 million US dollars last year, and the two sides aim at 200 million US dollars by 2030.",
      "2026-05-20",
    );
    expect(official(doc, "Serik Zhumangarin")?.country).not.toBe("US");
  });
});
