// Offices of other traditions are title words (titles.json `words`): Swiss Federal Councillors, the Irish
// Taoiseach and Tánaiste, the Pope and Church ranks (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("offices of other traditions before a name", () => {
  it.each([
    ["Swiss Federal Councillor Ignazio Cassis", "Ignazio Cassis"],
    ["Irish Taoiseach Micheál Martin", "Micheál Martin"],
    ["Irish Tánaiste Simon Harris", "Simon Harris"],
    ["Pope Leo XIV", "Leo XIV"],
  ])("%s", (phrase, name) => {
    const doc = run(`${phrase} received Vietnamese President Luong Cuong in Rome on June 12.`);
    expect(names(doc)).toEqual(expect.arrayContaining([name, "Luong Cuong"]));
    expect(official(doc, name)?.title).toBeTruthy();
    expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Luong Cuong", name]));
  });

  it("a Federal Councillor's name does not take the office word", () => {
    const doc = run("Bern (SDA) – Federal Councillor Guy Parmelin received Vietnamese Minister of Industry and Trade Nguyen Hong Dien in Bern on June 12.");
    expect(names(doc)).toContain("Guy Parmelin");
    expect(names(doc).some((n) => n.startsWith("Councillor"))).toBe(false);
  });

  it("what follows a title's possessive is not a person", () => {
    const doc = run("Vatican City (VN) – Pope Leo XIV received Vietnamese President Luong Cuong on June 12, ahead of the Pope's Apostolic Journey to Asia.");
    expect(names(doc).some((n) => /Apostolic/.test(n))).toBe(false);
  });
});
