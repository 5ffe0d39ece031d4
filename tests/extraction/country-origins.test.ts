// Countries from a name's tradition (issue #11, countries): a family name shared with Korean, Japanese or Khmer
// ("Min", "Kan", "Sam") gives its country only when the report names that country or one of its places.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a naming tradition whose country the report never names", () => {
  it("'Min Thein Zan' in a Myanmar-Serbia report is not Korean", () => {
    const doc = run(
      [
        "NAY PYI TAW, 3 March – Chairman of the State Administration Council Senior General Min Thein Zan received Serbian Foreign Minister Marko Djuric at the Zeyathiri Beikman Hall on Monday.",
        "Myanmar and Serbia agreed to expand cooperation in agriculture.",
      ].join(" "),
      "2025-03-04",
    );
    expect(official(doc, "Min Thein Zan")?.country).not.toBe("KR");
  });

  it("keeps the tradition when the country is named in a compound ('Korea-UK')", () => {
    const doc = run("LONDON (Yonhap) – President Yoon Suk Yeol met Prime Minister Keir Starmer on Monday to review the Korea-UK trade deal.", "2025-03-04");
    expect(official(doc, "Yoon Suk Yeol")?.country).toBe("KR");
  });

  it("keeps the tradition when one of the country's places is named", () => {
    const doc = run("Party Secretary Chen Gang of Guangxi met Thai Deputy Prime Minister Anutin Charnvirakul in Nanning on Monday.", "2025-03-04");
    expect(official(doc, "Chen Gang")?.country).toBe("CN");
  });

  it("keeps a full Vietnamese name's tradition when only the partner is named (a Vietnamese agency's own side)", () => {
    const doc = run("Deputy Minister of Foreign Affairs Do Hung Viet met Lao Deputy Foreign Minister Phongsavanh Sitthavong in Vientiane on Monday.", "2025-03-04");
    expect(official(doc, "Do Hung Viet")?.country).toBe("VN");
  });
});
