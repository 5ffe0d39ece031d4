// Demonyms two countries share (issue #11, tenth pass on countries): the report's other words for a country decide,
// not the order of countries.json.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a demonym two countries share", () => {
  it("'Dominican' in a report filed from Santo Domingo is the Dominican Republic", () => {
    const doc = run("SANTO DOMINGO – Dominican Foreign Minister Elena Castillo received Haitian Foreign Minister Paul Joseph on Monday.");
    expect(official(doc, "Elena Castillo")?.country).toBe("DO");
  });

  it("'Dominican' beside the name of Dominica is Dominica", () => {
    const doc = run("Dominican Prime Minister Roland Baptiste met Barbados' Prime Minister Sarah Clarke in Bridgetown on Monday. Dominica and Barbados signed a ferry agreement.");
    expect(official(doc, "Roland Baptiste")?.country).toBe("DM");
  });

  it("'Congolese' beside Brazzaville is the Republic of the Congo", () => {
    const doc = run("Congolese President Alain Mbemba received Gabonese Foreign Minister Marc Ondo in Brazzaville on Tuesday.");
    expect(official(doc, "Alain Mbemba")?.country).toBe("CG");
  });

  it("'Congolese' in a headline reads as the country the body names", () => {
    const doc = run(
      "Foreign Minister Jean Kabila received Angolan Foreign Minister Téte António in Kinshasa on Tuesday. The Democratic Republic of the Congo and Angola agreed to reopen the border post.",
      "2023-06-13",
      "Congolese and Angolan ministers meet",
    );
    expect(official(doc, "Jean Kabila")?.country).toBe("CD");
  });
});
