// Portuguese and Spanish names join two family names with "e" / "y" ("Correia e Silva",
// "Ortega y Gasset"): the conjunctions are name particles in titles.json (`particles.inside`).
// "Sayyid" stays in a name, a lineage part like the contract's "Syed" (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("family names joined by a conjunction", () => {
  it.each([
    ["the Prime Minister of Cabo Verde, Rui Pereira e Costa,", "Rui Pereira e Costa"],
    ["the Foreign Minister of Spain, Luisa Ortega y Prado,", "Luisa Ortega y Prado"],
  ])("%s", (phrase, name) => {
    const doc = run(`Lisbon, 3 March – The President of the Republic received ${phrase} at Belém Palace on Tuesday. ${name.split(" ")[0]} thanked Portugal.`);
    expect(names(doc)).toContain(name);
    expect(names(doc).some((n) => n !== name && name.startsWith(n))).toBe(false);
  });

  it("a lone 'e' or 'y' between two people does not join them", () => {
    const doc = run("Lisbon, 3 March – Prime Minister Rui Costa met Foreign Minister Ana Prado on Tuesday.");
    expect(names(doc)).toEqual(expect.arrayContaining(["Rui Costa", "Ana Prado"]));
  });
});

describe("lineage parts", () => {
  it("'Sayyid' before a name is kept, as the contract keeps 'Syed'", () => {
    const doc = run("Muscat (ONA) – Omani Foreign Minister Sayyid Khalid bin Hamad Al Harthy held talks with Jordanian Foreign Minister Ayman Safadi in Muscat on June 12.");
    expect(names(doc)).toContain("Sayyid Khalid bin Hamad Al Harthy");
  });
});
