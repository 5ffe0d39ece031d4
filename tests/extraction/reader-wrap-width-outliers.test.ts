// A hard-wrapped release whose headline and one edited line run longer than its wrap width (issue #11, reader): the
// width still holds, so a paragraph's first line runs on into the next and a name cut by a wrap stays whole.
import { describe, expect, it } from "vitest";
import { extract, readDocument } from "../../src/extraction/index.ts";

const text = [
  " date 2025-10-09",
  "Ministry of Labour and Employment",
  "",
  "Minister urges Qatar to open its labour market to skilled Nepali workers under a fair recruitment system",
  "",
  "The Minister for the Ministry of Labour, Employment and Social",
  "Security, Mr Sharat Singh Bhandari, has urged Qatar to widen access to",
  "its labour market for Nepali workers through an online recruitment system.",
  "",
  "He made the call on Tuesday during a meeting with the Labour",
  "Minister of Qatar, Dr Ali bin Saeed bin Smaikh Al",
  "Marri, in Doha. The Nepali Ambassador to Qatar, Mr Naresh Bikram Dhakal, and the",
  "Secretary of the Ministry were present.",
  "",
  "The Minister also requested the Qatari side to waive recruitment fees",
  "for the 4,000 workers who had received approval but could not travel",
  "before the deadline. Dr Al Marri proposed that the two countries revise",
  "the labour agreement signed in 2005 so that employers bear the costs.",
].join("\n");

describe("the wrap width of a release with a few long lines", () => {
  it("joins a paragraph's first line to the rest", () => {
    const read = readDocument(text);
    expect(read.sentences.some((s) => s.text.startsWith("The Minister for the Ministry of Labour, Employment and Social\nSecurity, Mr Sharat Singh Bhandari, has urged"))).toBe(true);
  });

  it("keeps names cut by the wrap whole, with the titles before them", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.officials.find((o) => o.name === "Sharat Singh Bhandari")?.title).toBe("Minister for the Ministry of Labour, Employment and Social Security");
    expect(doc.officials.find((o) => o.name === "Ali bin Saeed bin Smaikh Al Marri")?.country).toBe("QA");
  });
});
