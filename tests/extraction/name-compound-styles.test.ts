// Compound styles are data, not names (issue #11, names): Khmer "Samdech ..." styles, the Malay
// three-word "Dato' Seri Utama", Church ranks before a name.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

const host = "Hanoi (VNA) – Prime Minister Pham Minh Chinh received";

describe("compound styles before a name", () => {
  it.each([
    ["Cambodian Prime Minister Samdech Thipadei Hun Manet", "Hun Manet"],
    ["Cambodian Senate President Samdech Techo Hun Sen", "Hun Sen"],
    ["Cambodian National Assembly President Samdech Moha Thipadei Khuon Sudary", "Khuon Sudary"],
    ["Cambodian Prime Minister Samdech Moha Borvor Thipadei Hun Manet", "Hun Manet"],
    ["Cambodian Senate President Samdech Akka Moha Sena Padei Techo Hun Sen", "Hun Sen"],
    // (The same style romanised two ways.)
    ["Cambodian Deputy Prime Minister Samdech Vibol Sena Pheakdey Neth Savoeun", "Neth Savoeun"],
    ["Malaysian Foreign Minister Dato' Seri Utama Mohamad Hasan", "Mohamad Hasan"],
    ["Vatican Secretary of State Cardinal Pietro Parolin", "Pietro Parolin"],
    ["Vatican Secretary for Relations with States Archbishop Paul Richard Gallagher", "Paul Richard Gallagher"],
  ])("%s", (phrase, name) => {
    const doc = run(`${host} ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    expect(names(doc).some((n) => /Samdech|Utama|Cardinal|Archbishop|Thipadei|Techo|Pheakde/.test(n))).toBe(false);
    expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Pham Minh Chinh", name]));
  });

  it("a style after a comma opens an apposition", () => {
    const doc = run("Phnom Penh (AKP) – Samdech Thipadei Hun Manet, Prime Minister of Cambodia, received Vietnamese Foreign Minister Bui Thanh Son in Phnom Penh on June 12.");
    expect(names(doc)).toEqual(expect.arrayContaining(["Hun Manet", "Bui Thanh Son"]));
  });
});
