// Hard wraps inside a name after a title word (issue #11, names; batch48-guided): in a report of known width, "HARARE -
// President Emmerson\nMnangagwa on Thursday received ..." is cut inside the name, however short the line. (A paragraph
// opening "Economy Minister Katherina\nReiche and ..." still reads as a caption's position: left.)
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

const wrapped = [
  "HARARE - President Emmerson",
  "Tatenda on Thursday received his Mozambican counterpart, President Daniel",
  "Chapo, at State House in Harare, with the two leaders pledging to deepen",
  "economic ties and to secure the Beira corridor for regional trade flows.",
  "",
  "Economy Minister Katherina",
  "Reiche and the Foreign Minister of Mozambique, Maria Lucas, also took part",
  "in the talks, which lasted more than two hours and covered energy and the",
  "railway, the ministry said in a statement issued late on Thursday night.",
  "",
].join("\n");

describe("a hand-wrapped line ending in a title and a given name", () => {
  it("runs on into the family name", () => {
    const got = names(run(wrapped, "2026-06-05"));
    expect(got).toContain("Emmerson Tatenda");
    expect(got).not.toContain("Emmerson");
  });
});

describe("a dateline with a slash", () => {
  it("opens a paragraph, not a byline", () => {
    const got = names(run("Berlin/Astana (dpa) - Chancellor Hans Weber hosted Kazakh President Nurlan Abenov\n", "2026-03-17"));
    expect(got).toEqual(["Hans Weber", "Nurlan Abenov"]);
  });
});

describe("a slashed dateline whose date reads like a clock", () => {
  it("is no time stamp, and the name cut after it runs on", () => {
    const text = [
      "Baku/13.05.26/Turan: Uzbek Foreign Minister Rustam",
      "Karimov, who is on a visit to Azerbaijan, was received by the head of",
      "state on Wednesday, the presidential press service reported in a short",
      "statement, adding that the talks covered transport and energy links and",
      "the implementation of the agreements reached in Tashkent last year by",
      "the two sides, as well as regional security and trade between them.",
      "",
    ].join("\n");
    expect(names(run(text, "2026-05-13"))).toEqual(["Rustam Karimov"]);
  });
});

// ("On 18 February, President of Uzbekistan Shavkat\nMirziyoyev received ...": a title, the country its "of" names and
// the given name; batch50-guided.)
describe("a hand-wrapped line ending in a title of a country and a given name", () => {
  it("runs on into the family name", () => {
    const text = [
      "Tashkent, Uzbekistan (UzDaily.com) -- Hungarian Foreign Minister Peter",
      "Varga visited Tashkent this week and held talks with his counterpart on",
      "trade, energy and transport links between the two countries, officials",
      "said. The two ministers reviewed the work of the intergovernmental",
      "commission and agreed to raise bilateral trade to one billion dollars by",
      "2030. According to the Statistics Agency, trade between the two",
      "countries amounted to 198.6 million dollars in 2025.",
      "",
      "On 18 February, President of Uzbekistan Shavkat",
      "Karimov received Peter Varga. The head of state noted the importance of the",
      "strategic partnership and called for faster work on the joint projects.",
      "",
    ].join("\n");
    expect(names(run(text, "2026-02-19"))).toContain("Shavkat Karimov");
  });
});

// ("Marshal of the Sejm Włodzimierz\nCzarzasty received ...": or the body its "of the" names; batch52-guided.)
describe("a hand-wrapped line ending in a title of a body and a given name", () => {
  it("runs on into the family name", () => {
    const text = [
      "Marshal of the Sejm Włodzimierz",
      "Czarzasty received the Speaker of the Seimas of the Republic of",
      "Lithuania, Juozas Olekas, in the Sejm on Tuesday, 17 February. The",
      "talks focused on security on the eastern flank of NATO and the EU,",
      "energy links between the two countries and the protection of the",
      "border with Belarus, the Chancellery of the Sejm said in a statement.",
      "",
    ].join("\n");
    expect(names(run(text, "2026-02-18"))).toContain("Włodzimierz Czarzasty");
  });
});
