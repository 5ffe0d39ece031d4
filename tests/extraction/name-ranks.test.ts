// Ranks and styles between a title and a name (issue #11, names): military ranks are styles, a style
// may follow a country that ends the title, and a month between a title and a name is a given name.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a military rank is no part of the name", () => {
  it.each([
    ["Uganda's Minister of Foreign Affairs Gen. Jeje Odongo", "Jeje Odongo", "UG"],
    ["Indonesian Defence Minister Lt. Gen. Prabowo Subianto", "Prabowo Subianto", "ID"],
    ["Chief of Defence Forces Col. Ahmad Yani", "Ahmad Yani", null],
    // Abbreviated ranks written with a hyphen or without a full stop (titles.json `styles`).
    ["Myanmar's military leader Snr-Gen Min Aung Hlaing", "Min Aung Hlaing", "MM"],
    ["Thailand's army chief Lt-Gen Chaiya Suwanrat", "Chaiya Suwanrat", "TH"],
    ["Fiji's Commander Rear Adm Jone Kalouniwai", "Jone Kalouniwai", "FJ"],
  ])("%s", (phrase, name, country) => {
    const doc = run(`The commission was co-chaired on Monday by ${phrase}.`);
    expect(names(doc)).toContain(name);
    if (country) expect(official(doc, name)?.country).toBe(country);
  });
});

describe("a style after the country that ends a title", () => {
  it.each([
    ["Foreign Minister of Mauritius Shri Dhananjay Ramful", "Dhananjay Ramful", "MU"],
    ["Prime Minister of Malaysia Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "MY"],
    // "Dato Paduka" and the pilgrim honorific "Haji" are Bruneian styles (batch07 conventions), not name words.
    ["Ambassador of Brunei Dato Paduka Haji Abdul Aziz", "Abdul Aziz", "BN"],
  ])("%s", (phrase, name, country) => {
    const doc = run(`The notes were exchanged by External Affairs Minister S. Jaishankar and ${phrase} on Monday.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.country).toBe(country);
  });
});

describe("a month as a given name", () => {
  it.each([
    ["Foreign Affairs Minister January Makamba", "January Makamba"],
    ["Minister of Trade June Mwale", "June Mwale"],
    ["Ambassador April Tan", "April Tan"],
  ])("%s", (phrase, name) => {
    const doc = run(`The meeting was co-chaired by ${phrase} and Foreign Minister Jeje Odongo on June 12.`);
    expect(names(doc)).toContain(name);
  });

  it("a month after a title that ends a date is no name ('President on January 12')", () => {
    const doc = run("The talks with President Joko Widodo took place in Jakarta on January 12.");
    expect(names(doc)).toEqual(["Joko Widodo"]);
  });
});
