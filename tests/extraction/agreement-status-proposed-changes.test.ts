// What a proposal asks of an instrument decides its status (issue #11, agreements): "suggested negotiating a Bilateral
// Investment Treaty" and "suggested that the two countries begin negotiating a treaty" only propose it; "suggested that
// the two countries update the 2004 Agreement ..." names one concluded in 2004, whose change alone is proposed.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const status = (sentence: string, title: RegExp) =>
  extract(` date 2026-03-04\nTalks in the capital\n\nSAN SALVADOR – Foreign Minister Alexandra Hill Tinoco held talks with Argentine Foreign Minister Pablo Quirno in San Salvador on Tuesday. ${sentence}\n`, { source: "t.txt" }).agreements.find((a) => title.test(a.title))?.status;

describe("the status a proposal gives an instrument", () => {
  it("'suggested negotiating a Bilateral Investment Treaty' proposes it", () => {
    expect(status("Minister Quirno, for his part, suggested negotiating a Bilateral Investment Treaty and asked El Salvador to support Argentina's candidacy.", /Investment Treaty/)).toBe("proposed");
  });

  it("'suggested that the two countries begin negotiating a Security Cooperation Treaty' proposes it", () => {
    expect(status("During the talks, Mr Quirno suggested that the two countries begin negotiating a bilateral Security Cooperation Treaty to address cross-border crime.", /Security Cooperation Treaty/)).toBe("proposed");
  });

  it("'suggested that the two countries update the 2004 Agreement ...' names a signed one", () => {
    expect(status("Quirno urged El Salvador to strengthen screening of transit passengers, and suggested that the two countries update the 2004 Agreement Concerning Cooperation in Maritime Law Enforcement.", /2004 Agreement/)).toBe("signed");
  });

  it("a year not before the report's is no such sign", () => {
    expect(status("Quirno suggested that the two countries sign the 2026 Agreement on Cooperation in Maritime Law Enforcement.", /Maritime Law Enforcement/)).toBe("proposed");
  });
});
