// Names behind stacked styles and in Pacific spellings (issue #11, names): Bruneian and Malay styles ("Pehin",
// "Dato Seri Setia", "Awang", "Haji") are not part of a name; "the Hon." and "the Most Hon." after a comma open an
// apposition; an okina written as an apostrophe opens a name word; a title after ", and" is the next person's;
// palaces named like people are places.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("stacked Bruneian and Malay styles", () => {
  it.each([
    ["Minister of Home Affairs Dato Seri Setia Awang Haji Ahmaddin bin Haji Abdul Rahman met the delegation on Monday.", "Ahmaddin bin Haji Abdul Rahman"],
    ["The delegation called on His Majesty Sultan Haji Omar Ali Saifuddien at the palace on Monday.", "Omar Ali Saifuddien"],
    ["Deputy Minister Dayang Hajah Siti Nurul Aini received the guests on Monday.", "Siti Nurul Aini"],
    ["The Undersecretary, Shaikh Khalid bin Hamad Al Sabah, attended the talks on Monday.", "Khalid bin Hamad Al Sabah"],
  ])("%s", (body, name) => {
    expect(names(run(body))).toContain(name);
  });

  it("'Yang Di-Pertuan' in a monarch's title is no person", () => {
    const doc = run("His Majesty Sultan Haji Omar Ali Saifuddien, the Sultan and Yang Di-Pertuan of Brunei Darussalam, received the envoy on Monday.");
    expect(names(doc)).toEqual(["Omar Ali Saifuddien"]);
  });
});

describe("'the Hon.' after a comma", () => {
  it.each([
    ["Also present was Fiji's Minister of Trade and Tourism, the Hon. Manoa Kamikamica.", "Manoa Kamikamica", "FJ"],
    ["Prime Minister, the Most Hon. Philip Davis, opened the session on Monday.", "Philip Davis", null],
    ["Attending were the Minister of Finance, Senator the Hon. Colm Imbert, and others.", "Colm Imbert", null],
  ])("%s", (body, name, country) => {
    const doc = run(body);
    expect(names(doc)).toContain(name);
    if (country) expect(official(doc, name)?.country).toBe(country);
  });
});

describe("an okina opens a name word", () => {
  it("'Akilisi Pohiva and Siaosi 'Ofakivahafolau are found whole", () => {
    const doc = run("Prime Minister Dr 'Akilisi Pohiva met Minister of Education Siaosi 'Ofakivahafolau in Nuku'alofa on Monday.");
    expect(names(doc)).toContain("'Akilisi Pohiva");
    expect(names(doc)).toContain("Siaosi 'Ofakivahafolau");
  });

  it("a single-quoted phrase after a lower-case word stays a quote", () => {
    const doc = run("President Joko Widodo said the 'Golden Indonesia' plan was on track on Monday.");
    expect(names(doc)).not.toContain("'Golden Indonesia");
  });
});

describe("a title after ', and' is the next person's", () => {
  it("Samoa's Prime Minister, X, and Deputy Prime Minister Y", () => {
    const doc = run("He held talks with Samoa's Prime Minister, Fiame Naomi Mata'afa, and Deputy Prime Minister Tuala Iosefo Ponifasio on Monday.");
    expect(official(doc, "Fiame Naomi Mata'afa")?.title).toBe("Prime Minister");
    expect(official(doc, "Fiame Naomi Mata'afa")?.country).toBe("WS");
    expect(names(doc)).toContain("Tuala Iosefo Ponifasio");
  });
});

describe("palaces and presidencies named like people", () => {
  it.each([
    ["The Sultan received the Prime Minister at Istana Nurul Iman on Monday.", "Nurul Iman"],
    ["President Paul Kagame received the envoy at Village Urugwiro on Monday.", "Village Urugwiro"],
  ])("%s", (body, place) => {
    expect(names(run(body))).not.toContain(place);
  });
});

describe("'Minister Delegate' is a title", () => {
  it("French Minister Delegate for Europe X: the person is X, not 'Delegate'", () => {
    const doc = run("The forum was opened by French Minister Delegate for Europe Benjamin Haddad on Monday.");
    expect(names(doc)).toEqual(["Benjamin Haddad"]);
    expect(official(doc, "Benjamin Haddad")?.country).toBe("FR");
  });
});
