// Ranks, retirement marks, professional styles and long titles before a name (issue #11, names): "Eng.", "Lic.",
// "Ing.", "Dra.", "Mgr." are styles; a retired officer's bracketed mark after a
// rank ("Lt. Gen. (Rtd)", "Maj. Gen. (Retd)", "Brigadier (Ret'd)") belongs to the style; clerical styles ("The
// Reverend", "Rev.", "Pastor") are not part of a name; "Grand Duke Henri" is a person of one name; a word that closes
// a title's field before a comma and a whole name ("... and Democratic Memory, Ángel Torres Pérez,") is no person.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a retired officer's mark after the rank", () => {
  it.each([
    ["Minister of Defence Lt. Gen. (Rtd) Ali Mohamed Salim met the envoy on Monday.", "Ali Mohamed Salim"],
    ["The Defence Minister, Maj. Gen. (Retd) Ali Mohamed Salim, met the envoy on Monday.", "Ali Mohamed Salim"],
    ["Defence Minister Gen. (rtd) Ali Mohamed Salim met the envoy on Monday.", "Ali Mohamed Salim"],
    ["Prime Minister Brigadier (Ret'd) Mark Phillips met the envoy on Thursday morning.", "Mark Phillips"],
  ])("%s", (body, name) => {
    const doc = run(body);
    expect(names(doc)).toContain(name);
    expect(names(doc)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Gen|Maj|Lt)$/)]));
  });
});

describe("clerical styles and one-name royals", () => {
  it.each([
    ["The Reverend Ezra Chitando met President Emmerson Mnangagwa at State House on Monday.", "Ezra Chitando"],
    ["Rev. Ezra Chitando met President Emmerson Mnangagwa at State House on Monday.", "Ezra Chitando"],
    ["Pastor Ezra Chitando met President Emmerson Mnangagwa at State House on Monday.", "Ezra Chitando"],
    ["Grand Duke Henri received the Belgian King Philippe at the palace on Monday.", "Henri"],
  ])("%s", (body, name) => {
    expect(names(run(body))).toContain(name);
  });

  it("a family name that is also a style stays in the name", () => {
    expect(names(run("Foreign Minister Julie Bishop met Pastor Ezra Chitando on Monday."))).toEqual(expect.arrayContaining(["Julie Bishop", "Ezra Chitando"]));
  });
});

describe("professional and academic styles", () => {
  it.each([
    ["Minister of Industry and Trade Eng. Yousef Al-Shamali met the delegation on Monday.", "Yousef Al-Shamali"],
    ["The Cabinet Secretary for Roads, Eng. Davis Chirchir, met the delegation on Monday.", "Davis Chirchir"],
    ["The Foreign Minister, Lic. Carlos Ramiro Martínez, met the delegation on Monday.", "Carlos Ramiro Martínez"],
    ["Minister Ing. Jorge Rodríguez met the delegation on Monday.", "Jorge Rodríguez"],
    ["Vice Minister Dra. Ana María López met the delegation on Monday.", "Ana María López"],
    ["State Secretary Mgr. Jana Nováková met the delegation on Monday.", "Jana Nováková"],
  ])("%s", (body, name) => {
    const doc = run(body);
    expect(names(doc)).toEqual([name]);
  });

  it("a given name spelt like a style stays inside the name", () => {
    expect(names(run("Deputy Prime Minister Ng Eng Hen met the delegation on Monday."))).toContain("Ng Eng Hen");
  });
});

describe("a field's last word before a comma and a whole name", () => {
  it.each([
    ["Present were the Minister of Territorial Policy and Democratic Memory, Ángel Víctor Torres Pérez, and two aides.", "Ángel Víctor Torres Pérez", "Memory"],
    ["The talks were joined by the Minister of Environment, Forests and Climate Change, Bhupender Yadav, on Monday.", "Bhupender Yadav", "Change"],
    ["The talks were joined by the Minister of Digital Economy and Innovation, Dr. Amina Yusuf, on Monday.", "Amina Yusuf", "Innovation"],
  ])("%s", (body, name, word) => {
    const doc = run(body);
    expect(names(doc)).toContain(name);
    expect(names(doc)).not.toContain(word);
  });

  it("a one-word name after a field title still stands", () => {
    expect(names(run("Minister of Foreign Affairs Sugiono said the talks went well."))).toContain("Sugiono");
  });
});
