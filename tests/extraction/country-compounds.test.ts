// Countries of officials (issue #11, countries): a country written after a hyphen ("the Chad-Equatorial Guinea
// border") is the whole country, not the shorter one inside its name; and a generic national institution in a
// title ("Minister of Foreign Affairs") does not make an official international.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a country after a hyphen", () => {
  it("'Cameroon-Equatorial Guinea' names Equatorial Guinea, not Guinea", () => {
    const doc = run(
      "Abuja (Reuters) – President Paul Biya received Equatorial Guinean Vice-President Teodoro Nguema Obiang Mangue in Yaounde on Monday. They discussed the Cameroon-Equatorial Guinea border road.",
      "2024-03-12",
    );
    const doc2 = doc.countries.map((c) => c.code);
    expect(doc2).not.toContain("GN");
    expect(official(doc, "Paul Biya")?.country).not.toBe("GN");
  });

  it("'the Australia-New Zealand ministerial forum' names New Zealand", () => {
    const doc = run("Foreign Minister Penny Wong attended the Australia-New Zealand ministerial forum on Friday.", "2024-03-12");
    expect(doc.countries.map((c) => c.code)).toContain("NZ");
  });
});

describe("a national institution in the title", () => {
  it("the Minister of Foreign Affairs of an unqualified side takes the report's other country", () => {
    const doc = run(
      [
        "President Hakainde Hichilema received Malawian Vice-President Michael Usi at State House in Lusaka on Monday.",
        "Present at the meeting was the Minister of Foreign Affairs, Mulambo Haimbe.",
        "Malawi and Zambia agreed to upgrade the Mchinji border post.",
        "The Malawian delegation also visited the Zambian copperbelt.",
      ].join(" "),
      "2024-03-12",
    );
    expect(official(doc, "Michael Usi")?.country).toBe("MW");
    expect(official(doc, "Mulambo Haimbe")?.country).toBe("ZM");
  });
});

describe("a two-letter country code counts only in capitals", () => {
  it.each([
    ["Trade Minister Mary Ng", "Mary Ng", "CA"],
    ["Ambassador Carlos De Leon", "Carlos De Leon", "GT"],
  ])("%s is a name, not a country", (phrase, name, country) => {
    const doc = run(`Guatemala City (AFP) – President Bernardo Arevalo received Canadian ${phrase.replace("Ambassador", "Guatemalan Ambassador")} on Monday.`.replace("Canadian Guatemalan", "Guatemalan"), "2024-03-12");
    expect(official(doc, name)?.country).toBe(country);
  });

  it("'PH' in capitals before a title is still the Philippines", () => {
    const doc = run("Tokyo (VNA) – PH Ambassador Mylene Garcia-Albano met the press on Monday.", "2024-03-12");
    expect(official(doc, "Mylene Garcia-Albano")?.country).toBe("PH");
  });
});

describe("a second country named once", () => {
  it("is the other side when it is the only other country of the report", () => {
    const doc = run(
      [
        "TASHKENT: Prime Minister Mohammad Shahabuddin held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Thursday.",
        "Uzbekistan will open a trade house in Bangladesh, and Uzbek companies will invest in textiles.",
        "Commerce Adviser Sheikh Bashir Uddin was also part of the delegation.",
      ].join(" "),
      "2024-03-12",
    );
    expect(official(doc, "Shavkat Mirziyoyev")?.country).toBe("UZ");
    expect(official(doc, "Mohammad Shahabuddin")?.country).toBe("BD");
    expect(official(doc, "Bashir Uddin")?.country).toBe("BD");
  });
});
