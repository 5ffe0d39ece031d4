import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const found = (body: string) => run(body).agreements.map((a) => [a.kind, a.title, a.status]);

describe("agreement titles of other shapes", () => {
  it("a head ending in an accented letter ('Joint Communiqué') is a head", () => {
    expect(found("The three presidents adopted a Joint Communiqué at the close of the forum.")).toEqual([["joint_statement", "Joint Communiqué", "signed"]]);
  });

  it("a joint statement cited as the report's source is no instrument", () => {
    expect(found("The two leaders agreed to reopen their consulates, according to a joint statement released after the talks.")).toEqual([]);
  });

  it("an acronym of the words before it, with more title after it, stays inside the title", () => {
    expect(found("The ministers signed a Memorandum of Understanding on Combating Trafficking in Wild Fauna and Flora (WFF) Products.")).toEqual([
      ["mou", "Memorandum of Understanding on Combating Trafficking in Wild Fauna and Flora (WFF) Products", "signed"],
    ]);
  });

  it("a name of capitalised words right before a bare lower-case head is its title", () => {
    expect(found("They noted that the Andean Fisheries protocol between Peru and Chile has been in force since 2015.")).toEqual([
      ["protocol", "Andean Fisheries protocol between Peru and Chile", "in_force"],
    ]);
    expect(found("The Common Visa Area arrangement, in force since 2011, was also reviewed.")).toEqual([["arrangement", "Common Visa Area arrangement", "in_force"]]);
  });
});
