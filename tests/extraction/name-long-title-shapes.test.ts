// Long title shapes before a name (issue #11, names, batch27): comma-listed portfolios, "in the Ministry of", a place as
// a given name after a title's country, and an initial hyphenated to a family name.
// A portfolio title listing several fields with commas before the name it sets off ("Minister of Production, Foreign
// Trade, Investment and Fisheries, Luis Alberto Jaramillo"): the fields are words of an office, never part of a name, so
// the whole list is the title and the name after the last comma is the official (issue #11, names, batch27).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a title whose fields are listed with commas", () => {
  it.each([
    ["Ecuador's Minister of Production, Foreign Trade, Investment and Fisheries, Luis Alberto Jaramillo, met the delegation.", "Luis Alberto Jaramillo", "Minister of Production, Foreign Trade, Investment and Fisheries", "EC"],
    ["Spain's Minister of Inclusion, Social Security and Migration, Elma Saiz, attended the talks.", "Elma Saiz", "Minister of Inclusion, Social Security and Migration", "ES"],
    ["Chile's Minister of Gender, Equality and Families, Rosa Díaz, received her.", "Rosa Díaz", "Minister of Gender, Equality and Families", "CL"],
  ])("%s", (body, name, title, country) => {
    const o = official(run(body, "2026-04-08"), name);
    expect(o?.title).toBe(title);
    expect(o?.country).toBe(country);
  });
});

// "Ivonne A-Baki": an initial joined to the family name by a hyphen is no function word ("a") blocking the name.
describe("an initial hyphenated to a family name", () => {
  it("reads 'Ivonne A-Baki' as a name", () => {
    const o = official(run("Ecuador's Ambassador to the United States, Ivonne A-Baki, also took part in the talks.", "2026-09-10"), "Ivonne A-Baki");
    expect(o?.title).toBe("Ambassador to the United States");
  });

  it("a place's hyphenated name is still no person ('Asia-Pacific')", () => {
    expect(run("The Asia-Pacific forum opened on Monday.", "2026-09-10").officials).toEqual([]);
  });
});

// "State Secretary in the Ministry of Foreign Affairs Nemanja Starović and Ambassador of Slovakia to Serbia Milan Lajčiak":
// a title "in the Ministry of ..." before a name, and a given name that is also a place ("Milan") right after the country a
// title is "to" (batch27).
describe("long titles before names", () => {
  const doc = run("The talks were also attended by State Secretary in the Ministry of Foreign Affairs Nemanja Starović and Ambassador of Slovakia to Serbia Milan Lajčiak.", "2026-03-12");

  it("'State Secretary in the Ministry of Foreign Affairs' is one title", () => {
    expect(official(doc, "Nemanja Starović")?.title).toBe("State Secretary in the Ministry of Foreign Affairs");
  });

  it("'Milan' after 'to Serbia' is a given name, the title's countries stay the title's", () => {
    const o = official(doc, "Milan Lajčiak");
    expect(o?.title).toBe("Ambassador of Slovakia to Serbia");
    expect(o?.country).toBe("SK");
  });

  it("a place after a country with no title before it is no given name", () => {
    expect(run("The minister flew from Belgrade to Serbia's north, then to Milan on Monday.", "2026-03-12").officials).toEqual([]);
  });
});

// "Deputy Secretary General in charge of Infrastructure, Productive, Social and Political Sectors, Hon. X": the field
// adjectives of a portfolio list are no one-word name ("Productive") (batch27).
describe("field adjectives in a listed portfolio", () => {
  it("name no official of their own", () => {
    const doc = run("The meeting was also attended by the Deputy Secretary General in charge of Infrastructure, Productive, Social and Political Sectors, Hon. Andrea Aguer Malueth.", "2026-03-12");
    expect(doc.officials.map((o) => o.name)).toEqual(["Andrea Aguer Malueth"]);
  });
});

// "The Minister of Foreign Affairs of the Islamic Emirate, Amir Khan Muttaqi,": after the comma that sets off a minister's
// name, "Amir" is the given name, not a monarch's title (batch25); a ruler's style stays one.
describe("'Amir' after a minister's title and its comma", () => {
  it("is a given name", () => {
    expect(official(run("The Minister of Foreign Affairs of the Islamic Emirate, Amir Khan Muttaqi, met the Turkmen Foreign Minister Rashid Meredov in Kabul.", "2026-10-15"), "Amir Khan Muttaqi")?.title).toBe("Minister of Foreign Affairs of the Islamic Emirate");
  });

  it("is still a ruler's title with no minister before it", () => {
    expect(run("Kuwait's Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received the delegation.", "2026-10-15").officials.map((o) => [o.name, o.title])).toEqual([["Mishal Al-Ahmad Al-Jaber Al-Sabah", "Amir"]]);
  });
});

// "Minister for Foreign Affairs of the Republic of Indonesia Sugiono": a person of one name right after a title that
// ends in its country (batch18).
describe("a one-word name after a title ending in its country", () => {
  it("is the official", () => {
    const doc = run("Minister for Foreign Affairs of the Republic of Indonesia Sugiono and Minister of Foreign Affairs of Viet Nam Le Hoai Trung today co-chaired the commission.", "2026-08-19");
    expect(official(doc, "Sugiono")?.country).toBe("ID");
    expect(official(doc, "Sugiono")?.title).toBe("Minister for Foreign Affairs");
  });

  it("a place after a title's country is still no one ('The Ambassador of Japan Tokyo')", () => {
    expect(run("The Ambassador of Japan in Tokyo said the talks went well.", "2026-08-19").officials).toEqual([]);
  });
});
