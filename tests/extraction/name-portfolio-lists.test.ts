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
