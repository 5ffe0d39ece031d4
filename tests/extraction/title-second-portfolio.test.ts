import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a title with two portfolios joined by 'and'", () => {
  it("keeps unknown words of the second portfolio in the title when a comma sets off the name", () => {
    const doc = run("The accord was signed by the Minister for Energy and Blue Horizons, Kwame Osei Mensah, and his Malian counterpart.");
    expect(names(doc)).toEqual(["Kwame Osei Mensah"]);
    expect(official(doc, "Kwame Osei Mensah")?.title).toBe("Minister for Energy and Blue Horizons");
  });

  it("keeps portfolio nouns in the title right before the name", () => {
    const doc = run("The Minister of Foreign Affairs and Human Mobility Lucía Ortega Paz met the Peruvian Minister of Foreign Affairs Carlos Ruiz Vega in Lima.");
    expect(names(doc)).toEqual(["Lucía Ortega Paz", "Carlos Ruiz Vega"]);
    expect(official(doc, "Lucía Ortega Paz")?.title).toBe("Minister of Foreign Affairs and Human Mobility");
  });
});
