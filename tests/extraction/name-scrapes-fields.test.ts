// Names after long titles and in scraped or wrapped text (issue #11, names, batch02): a field word that is no common
// word yet ("Public Works", "the Presidency of the Republic"), a Malay style of address ("Yang Berhormat"), a month as
// a given name after "counterpart", a name cut by a hard wrap in a sentence with no comma, a field word glued to the
// title word, and a landmark ("Renaissance Dam") that is no person.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("names after long titles, in scraped and wrapped text", () => {
  it("'Minister of Public Works X': the field's last word is not the given name", () => {
    const doc = run("The accord was signed by Peruvian Minister of Public Works Ana María Quispe on Monday.");
    expect(names(doc)).toEqual(["Ana María Quispe"]);
    expect(official(doc, "Ana María Quispe")?.title).toBe("Minister of Public Works");
  });

  it("'Director of Cabinet at the Presidency of the Republic X': the whole phrase is the title", () => {
    const doc = run("The envoy was received in the presence of Director of Cabinet at the Presidency of the Republic Karim Belaid.");
    expect(official(doc, "Karim Belaid")?.title).toBe("Director of Cabinet at the Presidency of the Republic");
  });

  it("a reduplicated name after that title", () => {
    const doc = run("Also present was the Secretary-General at the Presidency of the Republic Lamine Lamine.");
    expect(names(doc)).toEqual(["Lamine Lamine"]);
  });

  it("'Yang Berhormat' is a style, not part of the name", () => {
    const doc = run("Also present was the Minister of Foreign Affairs II, Yang Berhormat Dato Awang Hassan Ali.");
    expect(names(doc)).toEqual(["Hassan Ali"]);
  });

  it("a month as a given name after 'counterpart', and a list's next title stays the next person's", () => {
    const doc = run("He met his Kenyan counterpart June Wanjiru, Ghanaian Foreign Minister Kofi Mensah and others in Rio.");
    expect(names(doc)).toEqual(expect.arrayContaining(["June Wanjiru", "Kofi Mensah"]));
    expect(official(doc, "June Wanjiru")?.country).toBe("KE");
    expect(official(doc, "June Wanjiru")?.title).toBeNull();
  });

  it("a name cut by a hard wrap after a title in a sentence without a comma", () => {
    const doc = run("The talks ended on Monday.\n\nThe envoy also met Defence Minister Budi\nSantoso on Tuesday evening to review the tank programme.");
    expect(names(doc)).toContain("Budi Santoso");
    expect(names(doc)).not.toContain("Budi");
  });

  it("a field word and a title word glued by scraping ('Foreign AffairsMinisterX')", () => {
    const doc = run("Earlier, the minister held talks with Ghana's Foreign AffairsMinisterKwame Boateng, who said so.");
    expect(names(doc)).toEqual(["Kwame Boateng"]);
    expect(official(doc, "Kwame Boateng")?.title).toBe("Foreign Affairs Minister");
  });

  it("a dam is no person", () => {
    const doc = run("Kenya would import power from the Grand Ethiopian Renaissance Dam, the minister said.");
    expect(names(doc)).toEqual([]);
  });
});
