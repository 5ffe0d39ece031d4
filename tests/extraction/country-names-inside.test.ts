// A country's name that is part of a person's name ("Luís Montenegro") says nothing of that person's country, and a
// country's current short names ("Cabo Verde", "DRC", "Holy See") are country names, not people (countries.json
// aliases) (issue #11, countries).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const country = (doc: ReturnType<typeof run>, name: string) => doc.officials.find((o) => o.name === name)?.country;

describe("a country inside a name", () => {
  it("a host whose family name is a country keeps the report's side", () => {
    const doc = run(
      "LISBON, April 1 – The Prime Minister, Luís Montenegro, received the Prime Minister of Cabo Verde, Ulisses Correia e Silva, in Lisbon on Wednesday.",
    );
    expect(country(doc, "Luís Montenegro")).toBe("PT");
    expect(country(doc, "Ulisses Correia e Silva")).toBe("CV");
    expect(doc.officials.map((o) => o.name)).not.toContain("Cabo Verde");
  });
});

describe("current short names of countries", () => {
  it.each([
    ["the DRC", "CD"],
    ["the Holy See", "VA"],
  ])("%s", (place, code) => {
    const doc = run(`Kigali, 3 March – President Paul Kagame received the Foreign Minister of ${place.replace(/^the /, "the ")}, Jean Mbala, in Kigali on Tuesday.`);
    expect(country(doc, "Jean Mbala")).toBe(code);
  });
});
