// Styles of address by culture and styles cut by a hard wrap (issue #11, names): "Dame" (British and Commonwealth
// honours), "Sardar", "Begum", "Maulana" (South Asian), "Mallam" (northern Nigerian), "Ayatollah", "Hojatoleslam"
// (Shia clerical ranks) are not part of a name; a style after a comma opens the next person's name, its full stop
// closing no apposition; a line a hard wrap cut after a style ("Dr.") or after a title before a whole name runs on.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("styles of address by culture", () => {
  it.each([
    ["On Tuesday evening, Governor-General Dame Cindy Kiro hosted a state dinner for the visiting president.", "Cindy Kiro"],
    ["The envoy also called on Dame Patsy Reddy, the former Governor-General, on Monday.", "Patsy Reddy"],
    ["The minister also met National Assembly Speaker Sardar Ayaz Sadiq at Parliament House on Tuesday.", "Ayaz Sadiq"],
    ["The Chief Minister of Balochistan, Sardar Sarfraz Bugti, received the delegation on Monday.", "Sarfraz Bugti"],
    ["He was accompanied by the National Security Adviser, Mallam Nuhu Ribadu, and two ministers.", "Nuhu Ribadu"],
    ["Governor Malam Umaru Namadi hosted the delegation in Dutse on Monday.", "Umaru Namadi"],
    ["The premier also met Supreme Leader Ayatollah Ali Khamenei on Wednesday morning.", "Ali Khamenei"],
    ["Judiciary chief Hojatoleslam Gholamhossein Mohseni-Ejei received the delegation on Monday.", "Gholamhossein Mohseni-Ejei"],
    ["Opposition leader Begum Khaleda Zia met the envoy on Sunday.", "Khaleda Zia"],
  ])("%s", (body, name) => {
    expect(names(run(body))).toContain(name);
  });
});

describe("a style after a comma opens the next name", () => {
  it.each([
    "He will hold talks with President Anura Kumara Dissanayake in January, and later with President Dissanayake, Dr. Abdulla Khaleel said.",
    "He will hold talks with President Anura Kumara Dissanayake in January, and later with President Dissanayake, H.E. Abdulla Khaleel said.",
    "He will hold talks with President Anura Kumara Dissanayake in January, and later with President Dissanayake, Prof. Abdulla Khaleel told reporters.",
  ])("%s", (body) => {
    const doc = run(body);
    expect(names(doc)).not.toContain("Dissanayake");
    expect(official(doc, "Anura Kumara Dissanayake")?.aliases).toContain("Dissanayake");
  });
});

const LEAD = `COLOMBO, Nov 12 (LP) - Sri Lanka and the Maldives held the fifth
session of their Joint Commission at the Ministry of Foreign
Affairs in Colombo yesterday, co-chaired by Foreign Minister
Vijitha Herath and Maldivian Foreign Minister Abdulla Khaleel.
`;

describe("a hard wrap inside a styled name", () => {
  it.each([
    "On Tuesday, the Maldivian Foreign Minister met Prime Minister Dr.\nHarini Amarasuriya at Temple Trees.",
    "On Tuesday, the Maldivian Foreign Minister met Prime Minister Dr\nHarini Amarasuriya at Temple Trees.",
    "On Tuesday, the Maldivian Foreign Minister met Prime Minister\nDr. Harini Amarasuriya at Temple Trees.",
    "On Tuesday, the Maldivian Foreign Minister met Prime Minister\nHarini Amarasuriya at Temple Trees.",
  ])("%s", (line) => {
    const o = official(run(LEAD + line), "Harini Amarasuriya");
    expect(o?.title).toBe("Prime Minister");
  });

  it("a sentence that ends on a style's abbreviation is rare; one that ends on a word still ends there", () => {
    const doc = run(`${LEAD}The ministers also visited the port of Colombo.\nPrime Minister Harini Amarasuriya hosted a lunch for them on Tuesday.`);
    expect(official(doc, "Harini Amarasuriya")?.title).toBe("Prime Minister");
    expect(names(doc)).not.toContain("Colombo");
  });
});
