// Countries whose names or demonyms take several words, and countries that share words (issue #11,
// countries): the whole country leaves the title and no part of it becomes a name; Taiwan is not
// China, the two Congos and the two Koreas stay apart.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a multi-word country or demonym before a title", () => {
  it.each([
    ["New Zealand Foreign Minister Winston Peters", "Winston Peters", "NZ", "Foreign Minister"],
    ["South African President Cyril Ramaphosa", "Cyril Ramaphosa", "ZA", "President"],
    ["Sri Lankan President Ranil Wickremesinghe", "Ranil Wickremesinghe", "LK", "President"],
    ["Saudi Arabian Foreign Minister Faisal bin Farhan", "Faisal bin Farhan", "SA", "Foreign Minister"],
    ["United Arab Emirates Foreign Minister Abdullah bin Zayed", "Abdullah bin Zayed", "AE", "Foreign Minister"],
    ["Papua New Guinea Prime Minister James Marape", "James Marape", "PG", "Prime Minister"],
  ])("%s", (phrase, name, country, title) => {
    const doc = run(`Prime Minister Anthony Albanese held talks with ${phrase} in Canberra on Monday.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.country).toBe(country);
    expect(official(doc, name)?.title).toBe(title);
    // "Zealand Foreign Minister", "Arabian ...": no word of the country is left in a title or a name.
    for (const o of doc.officials) expect(`${o.name} ${o.title ?? ""}`).not.toMatch(/Zealand|Arabian|Lankan|African|Emirates|Guinea/);
  });
});

describe("countries that share words", () => {
  it("the Republic of China (Taiwan) is Taiwan", () => {
    const doc = run("Foreign Minister Lin Chia-lung of the Republic of China (Taiwan) met President Santiago Peña of Paraguay on Monday.");
    expect(official(doc, "Lin Chia-lung")?.country).toBe("TW");
    expect(official(doc, "Santiago Peña")?.country).toBe("PY");
  });

  it("Taiwanese is a demonym of Taiwan, and the People's Republic of China stays China", () => {
    const doc = run("Taiwanese Foreign Minister Lin Chia-lung and Foreign Minister Wang Yi of the People's Republic of China spoke on Monday.");
    expect(official(doc, "Lin Chia-lung")?.country).toBe("TW");
    expect(official(doc, "Wang Yi")?.country).toBe("CN");
  });

  it("the Democratic Republic of the Congo and the Republic of the Congo", () => {
    const doc = run("President Felix Tshisekedi of the Democratic Republic of the Congo received Denis Sassou Nguesso, President of the Republic of the Congo, on Monday.");
    expect(official(doc, "Felix Tshisekedi")?.country).toBe("CD");
    expect(official(doc, "Denis Sassou Nguesso")?.country).toBe("CG");
  });

  it("the Republic of Korea and the Democratic People's Republic of Korea", () => {
    const doc = run("Foreign Minister Cho Tae-yul of the Republic of Korea spoke about Foreign Minister Choe Son Hui of the Democratic People's Republic of Korea.");
    expect(official(doc, "Cho Tae-yul")?.country).toBe("KR");
    expect(official(doc, "Choe Son Hui")?.country).toBe("KP");
  });
});

describe("a guest whose title names a country in a possessive", () => {
  it("a place before the possessive is not the guest's ('received in Ramallah Spain's Minister of ... X')", () => {
    const doc = run("RAMALLAH, March 11, 2026 (WAFA) – Prime Minister Mohammad Mustafa received today at his office in Ramallah Spain's Minister of Foreign Affairs, European Union and Cooperation José Manuel Albares Bueno.", "2026-03-11");
    expect(official(doc, "José Manuel Albares Bueno")?.country).toBe("ES");
    expect(official(doc, "Mohammad Mustafa")?.country).toBe("PS");
  });

  it("a title listing fields before an apposition ('Ghana's Minister of Trade, Agribusiness and Industry, X,')", () => {
    const doc = run("On Thursday De Vries and Ghana's Minister of Trade, Agribusiness and Industry, Elizabeth Ofosu-Adjare, co-chaired the first meeting of the business council in Accra.", "2026-02-06");
    expect(official(doc, "Elizabeth Ofosu-Adjare")?.title).toBe("Minister of Trade, Agribusiness and Industry");
    expect(official(doc, "Elizabeth Ofosu-Adjare")?.country).toBe("GH");
  });
});
