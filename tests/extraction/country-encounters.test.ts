// Countries of officials from the report's structure (issue #11, countries, sixth pass): the two parties of an encounter
// stand on two sides of a bilateral report, "on the X side", a speaker for the same side ("conveyed X's invitation"),
// a visit hosted by someone else, and a demonym or country word that belongs to another official.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the two parties of an encounter are on the two sides of the report", () => {
  it.each([
    [
      "Foreign Minister Ignazio Cassis received Uzbek Foreign Minister Bakhtiyor Saidov on Tuesday. Uzbekistan and Switzerland discussed water. Saidov invited Swiss President Karin Keller-Sutter to visit Uzbekistan.",
      "Ignazio Cassis",
      "CH",
    ],
    [
      "Vice-President Han Zheng met with Serbian Foreign Minister Marko Djuric on Monday. China and Serbia pledged to deepen ties. Chinese Foreign Minister Wang Yi will visit Serbia in May.",
      "Han Zheng",
      "CN",
    ],
    [
      "Agriculture Secretary Maria Santos held talks with Vietnamese Minister of Agriculture Do Duc Duy on Wednesday. The Philippines imports rice from Vietnam. Philippine Ambassador Jose Reyes attended.",
      "Maria Santos",
      "PH",
    ],
  ])("%s", (body, name, country) => {
    expect(official(run(body), name)?.country).toBe(country);
  });

  it("an encounter of three or more parties says nothing about sides (delegations, third countries)", () => {
    const doc = run(
      "Kenyan Foreign Minister Musalia Mudavadi met President Yoweri Museveni and Chief Justice Alfonse Owiny-Dollo in Kampala. Kenya and Uganda agreed to ease trade. Kenya will host the next session, Uganda said.",
    );
    // Owiny-Dollo is Ugandan by the report's pair only when nothing else says so; the rule for two parties must not make
    // Museveni Kenyan because Mudavadi's country is known.
    expect(official(doc, "Yoweri Museveni")?.country).not.toBe("KE");
  });
});
