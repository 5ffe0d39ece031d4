// Family names written in capitals, family name first or last ("Mr. IWAYA Takeshi", MOFA Japan style) (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("family names in capitals", () => {
  it("after a style, a word in capitals beside a name word is part of the name", () => {
    const doc = run(
      "Tokyo – On June 12, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Batmunkh BATTSETSEG, Minister for Foreign Affairs of Mongolia.\nMinister Iwaya proposed to hold a council on critical minerals.",
    );
    expect(names(doc)).toEqual(["IWAYA Takeshi", "Batmunkh BATTSETSEG"]);
    expect(official(doc, "IWAYA Takeshi")?.country).toBe("JP");
    expect(doc.meetings[0]?.participants).toEqual(["IWAYA Takeshi", "Batmunkh BATTSETSEG"]);
    expect(doc.proposals[0]?.speaker).toBe("IWAYA Takeshi");
  });

  it("without a style, capitals stay an acronym", () => {
    const doc = run("Hanoi (VNA) – Prime Minister Pham Minh Chinh received JICA Vice President Shohei Hara in Hanoi on June 12.");
    expect(names(doc)).toEqual(["Pham Minh Chinh", "Shohei Hara"]);
  });
});
