// Titles whose field the vocabulary lacks, and names of places and offices read as people (issue #11, names): an unknown
// capitalised word that ends a title's field right before the comma setting off a name ("the Minister of
// Decentralisation, X,"), or that "and" joins to a field ("for Communication and Political Affairs"), is part of the
// title; "Government of National Unity", "Leader of the Islamic Revolution" are titles; "First Lady" is a title; a lone
// name before a street's or building's noun ("King Charles Street") and an office's "Diwan" name no person.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a title's field the vocabulary lacks, before a name set off by commas", () => {
  it.each([
    ["The talks were attended by the Minister of Decentralisation, Amadou Keita, and two advisers.", "Amadou Keita", "Minister of Decentralisation"],
    ["The talks were attended by the Minister of State for Youth and Civics, Amadou Keita, and two advisers.", "Amadou Keita", "Minister of State for Youth and Civics"],
    ["The talks were attended by the Minister of State for Communication and Political Affairs, Amadou Keita, and two advisers.", "Amadou Keita", "Minister of State for Communication and Political Affairs"],
    ["The talks were attended by the Secretary of Broadcasting, Amadou Keita, who said little.", "Amadou Keita", "Secretary of Broadcasting"],
    // b18_16's shape: a long comma'd title, then a three-word Spanish name.
    ["The meeting was also attended by the Minister of Foreign Affairs and Worship, Marta Elena Soto, and her deputy.", "Marta Elena Soto", "Minister of Foreign Affairs and Worship"],
    ["The meeting was also attended by the Minister of Foreign Relations, International Trade and Worship, Gerardo Ruiz Campos, and the ambassador.", "Gerardo Ruiz Campos", "Minister of Foreign Relations, International Trade and Worship"],
    ["Present were the Minister of the Presidency and Territorial Policy, Ana Belén Ortiz Vega, and two aides.", "Ana Belén Ortiz Vega", "Minister of the Presidency and Territorial Policy"],
  ])("%s", (body, name, title) => {
    expect(official(run(body), name)?.title).toBe(title);
  });

  it("a person coordinated after a president's name is not a field", () => {
    expect(names(run("President Ruto and Kenyatta, the former president, met in Nairobi on Monday."))).not.toContain("Kenyatta, the former president");
  });
});

describe("long offices before a name", () => {
  it.each([
    ["The Prime Minister of the Government of National Unity, Abdul Karim Mansour, received the delegation on Wednesday.", "Abdul Karim Mansour"],
    ["The envoy also met Leader of the Islamic Revolution Ayatollah Mohammad Hosseini on Wednesday morning.", "Mohammad Hosseini"],
    ["The envoy also met the Commander of the Revolutionary Guard, Hossein Karimi, on Tuesday.", "Hossein Karimi"],
  ])("%s", (body, name) => {
    const doc = run(body);
    expect(names(doc)).toContain(name);
    expect(names(doc)).not.toContain("Unity");
  });

  it("plural 'members of the Presidency' names both", () => {
    const doc = run("Fidan also met members of the Presidency Zeljka Cvijanovic and Denis Becirovic in Sarajevo on Tuesday.");
    expect(names(doc)).toEqual(expect.arrayContaining(["Zeljka Cvijanovic", "Denis Becirovic"]));
  });

  it.each([
    ["On Tuesday evening, First Lady Ana Kovac and First Lady Marta Novak visited the university library.", "Ana Kovac"],
    ["First Gentleman Doug Emhoff visited the school on Monday.", "Doug Emhoff"],
  ])("%s", (body, name) => {
    expect(official(run(body), name)?.title).toMatch(/^First (?:Lady|Gentleman)$/);
  });
});

describe("places and offices named like people", () => {
  it.each([
    "(The Foreign Secretary welcomed Musalia Mudavadi to King Charles Street / PA Wire)",
    "The convoy crossed King Fahd Causeway into Bahrain on Monday with Minister Ali Hassan.",
    "The concert at Queen Elizabeth Hall was attended by Minister Ali Hassan on Monday.",
    "Minister Ali Hassan received the envoy at the Ministry's General Diwan on Monday.",
  ])("%s", (body) => {
    const doc = run(body);
    expect(names(doc)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Charles|Fahd|Elizabeth|Diwan)$/)]));
  });

  it.each([
    ["Prime Minister Anutin Charnvirakul received the envoy at Thai Khu Fah Building, Government House, on Monday.", "Khu Fah"],
    ["President Lai Ching-te met the envoy at Chiang Kai-shek Memorial Hall on Monday.", "Chiang Kai-shek Memorial"],
    ["The envoy laid a wreath at the Ho Chi Minh Mausoleum Square with Minister Ali Hassan on Monday.", "Ho Chi Minh Mausoleum"],
  ])("a run of names before a building's noun: %s", (body, place) => {
    expect(names(run(body))).not.toContain(place);
  });
});
