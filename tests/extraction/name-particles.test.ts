// Name particles are data (titles.json `particles`): the lower-case Arabic article hyphenated to a
// name ("al-Sharaa", "el-Sisi") is a name word, in full names and in short references (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("Arabic article in a name", () => {
  it.each([
    ["Syrian President Ahmad al-Sharaa", "Ahmad al-Sharaa"],
    ["Syrian Foreign Minister Asaad Hassan al-Shaibani", "Asaad Hassan al-Shaibani"],
    ["Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"],
  ])("%s", (phrase, name) => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh received ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Pham Minh Chinh", name]));
  });

  it("a titled short reference with the article finds the full name", () => {
    const doc = run(
      "Damascus (SANA) – Syrian Foreign Minister Asaad Hassan al-Shaibani arrived in Amman on June 11. " +
        "On June 12, Minister al-Shaibani held talks with Jordanian Foreign Minister Ayman Safadi in Amman.",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Asaad Hassan al-Shaibani", "Ayman Safadi"]));
    expect(names(doc).some((n) => n === "Asaad Hassan")).toBe(false);
    expect(doc.meetings.map((m) => [...m.participants].sort())).toContainEqual(["Asaad Hassan al-Shaibani", "Ayman Safadi"].sort());
  });

  it("a lower-case organisation with the article is not a person", () => {
    const doc = run("Mogadishu (SONNA) – President Hassan Sheikh Mohamud received Kenyan President William Ruto on June 12 and they discussed the fight against al-Shabaab.");
    expect(names(doc).some((n) => /Shabaab/.test(n))).toBe(false);
  });
});

describe("lineage after a regnal numeral", () => {
  it.each([
    ["Jordanian King Abdullah II bin Al Hussein", "Abdullah II bin Al Hussein"],
    ["Jordanian King Abdullah II ibn Al Hussein", "Abdullah II ibn Al Hussein"],
  ])("%s", (phrase, name) => {
    const doc = run(`Hanoi (VNA) – President Luong Cuong received ${phrase} in Hanoi on June 12. King Abdullah called for a ceasefire.`);
    expect(names(doc)).toContain(name);
    expect(names(doc)).not.toContain("Abdullah II");
    expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Luong Cuong", name]));
  });

  it("a numeral without a lineage still closes the name", () => {
    const doc = run("London (PA) – King Charles III received Vietnamese President Luong Cuong at Buckingham Palace on June 12.");
    expect(names(doc)).toEqual(expect.arrayContaining(["Charles III", "Luong Cuong"]));
  });
});

describe("an elided particle before a family name (issue #11)", () => {
  it("'d'Abreu' after a given and a family name stays in the name", () => {
    const doc = run("Angola's Minister of Transport, Ricardo Viegas d'Abreu, met Zambian Minister of Transport Frank Tayali in Lusaka on Monday.");
    expect(names(doc)).toContain("Ricardo Viegas d'Abreu");
  });

  it("'d'Affaires' after a title is no name word", () => {
    const doc = run("Chargé d'Affaires Ana Costa met Zambian Minister of Transport Frank Tayali in Lusaka on Monday.");
    expect(names(doc).some((n) => n.includes("Affaires"))).toBe(false);
  });
});
