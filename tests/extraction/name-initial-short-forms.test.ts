// An initial before the family name is how some ministries write a name after its first full mention ("K. Budrys" after
// "Kęstutis Budrys"): the same person, not a second one (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("initial-plus-surname short forms", () => {
  it("'A. Surname' after 'Given Surname' is an alias of the full name", () => {
    const doc = run(
      'On 12 March, Minister of Foreign Affairs Aurimas Kalnietis met with Minister of Foreign Affairs of the Republic of Moldova Ion Rusu in Vilnius. "We stand together," A. Kalnietis said. I. Rusu thanked Lithuania and asked Lithuania to help Moldova with energy.',
      "2026-03-13",
    );
    expect(names(doc).sort()).toEqual(["Aurimas Kalnietis", "Ion Rusu"]);
    expect([...(official(doc, "Aurimas Kalnietis")?.aliases ?? [])]).toContain("A. Kalnietis");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Ion Rusu"]);
  });

  it("an initial that does not fit the given name is someone else", () => {
    const doc = run("Minister of Foreign Affairs Aurimas Kalnietis met Minister of Economy Ion Rusu in Vilnius on Monday. Minister of Culture R. Kalnietis also attended.", "2026-03-13");
    expect(names(doc)).toContain("R. Kalnietis");
  });

  it("Mongolian 'B.Battsetseg' stays a name of its own", () => {
    const doc = run("Minister of Foreign Affairs of Mongolia B.Battsetseg held official talks with Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó in Ulaanbaatar on June 4. Minister Battsetseg proposed to increase scholarships.", "2026-06-05");
    expect(names(doc).sort()).toEqual(["B.Battsetseg", "Péter Szijjártó"]);
  });
});

describe("long Gulf names", () => {
  it("capitalised family particles do not count towards a name's length ('Mohamed Obaid Al Qataam Al Zaabi')", () => {
    const doc = run("The meeting was attended by Saeed Obaid Al Qataam Al Nuaimi, UAE Ambassador to the Philippines, and Maria B. Cruz, Philippine Ambassador to the UAE, in Abu Dhabi on Monday.", "2026-03-03");
    expect(names(doc)).toContain("Saeed Obaid Al Qataam Al Nuaimi");
  });
});
