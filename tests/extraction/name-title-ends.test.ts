// Names after titles that end in a capitalised noun or a word the gazetteers know otherwise (issue #11): a common word
// as a given name after a lower-case title, a field word after "of the", "in charge of" and a plural demonym inside a
// title, a country's one-word name as a family name, a lower-case office under a country's possessive.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("names after titles", () => {
  it("'trade & industry minister Parks Mensah': a common word after a title is a given name", () => {
    const doc = run("Trade, industry & competition minister Parks Mensah and his Kenyan counterpart, Lee Kinyanjui, signed a memorandum in Accra on Wednesday.");
    expect(names(doc)).toContain("Parks Mensah");
  });

  it("'Chancellor of the Exchequer Anna Clarke': the field word after 'of the' is no given name, and the office is British", () => {
    const doc = run("Finance Minister Ravi Kumar held a video call with Chancellor of the Exchequer Anna Clarke on Monday. India and the UK agreed to deepen trade ties.");
    expect(names(doc)).toContain("Anna Clarke");
    expect(official(doc, "Anna Clarke")?.country).toBe("GB");
  });

  it("'the Coordinating Minister for Economic Policies, Tan Wei Ming': a plural field word is no name", () => {
    const doc = run("The Singapore delegation included the Coordinating Minister for Economic Policies, Tan Wei Ming, in Putrajaya on Monday.");
    expect(names(doc)).toEqual(["Tan Wei Ming"]);
  });

  it("'the Minister Delegate in charge of Moroccans Living Abroad, X': the title runs through 'in charge of'", () => {
    const doc = run("Minister of State Anna Weber will meet the Minister Delegate in charge of Moroccans Living Abroad, Salma Idrissi Benali, on Friday.");
    expect(names(doc)).toContain("Salma Idrissi Benali");
  });

  it("'Prime Minister Luís Montenegro the first': a country's name closing a name after a title is the family name", () => {
    const doc = run("Rangel said he would co-chair with Prime Minister Luís Montenegro the first summit in Lisbon on Monday.");
    expect(names(doc)).toContain("Luís Montenegro");
  });

  it("'A and Nigeria's high commissioner in Pretoria, Ambassador B': the possessive is B's, not A's", () => {
    const doc = run("Trade Minister Sipho Dlamini met his Nigerian counterpart, Ada Okafor, in Pretoria on Wednesday. The meeting was also attended by deputy minister Thabo Nkosi and Nigeria's high commissioner in Pretoria, Ambassador Musa Bello.");
    expect(official(doc, "Musa Bello")?.country).toBe("NG");
    expect(official(doc, "Thabo Nkosi")?.country).not.toBe("NG");
  });
});

describe("'the two ministers' beside a deputy minister (issue #11)", () => {
  it("a deputy minister is not one of 'the two ministers' who met before", () => {
    const doc = run(
      "Trade minister Sipho Dlamini and his Nigerian counterpart, Ada Okafor, signed a memorandum in Pretoria on Wednesday. The meeting was also attended by deputy minister Thabo Nkosi. The two ministers first met in Accra in March.",
      "2026-08-20",
    );
    const recall = doc.meetings.find((m) => m.date === "2026-03");
    expect(recall?.participants.sort()).toEqual(["Ada Okafor", "Sipho Dlamini"]);
  });
});

describe("a title after a name that runs into the next name (issue #11)", () => {
  it("'A, Deputy PM and Minister of Transport B, Albanian Minister for Europe and Foreign Affairs C': B is not Albanian", () => {
    const doc = run(
      "Prime Minister Petar Ilievski and Albanian Prime Minister Arben Dushku met in Ohrid on Thursday. The session was also attended by Foreign Minister Marko Stojanov, First Deputy PM and Minister of Transport Goran Nikolov, Albanian Minister for Europe and Foreign Affairs Elira Hoxha and Albanian Deputy PM Blerta Kola. North Macedonia and Albania signed eight agreements.",
      "2026-04-09",
    );
    expect(official(doc, "Goran Nikolov")?.country).not.toBe("AL");
    expect(official(doc, "Elira Hoxha")?.country).toBe("AL");
  });
});

describe("a title does not run over 'at the' into a place (issue #11)", () => {
  it.each([
    "Talks were held between Prime Minister Sonexay Siphandone and the Cambodian Prime Minister at the Haw Kham. They discussed trade.",
    "Talks were held between President Lula and the visiting President at Itamaraty Palace. They discussed trade.",
  ])("%s", (text) => {
    // What follows "at the" after a title is where the talks were held, not the office holder.
    const doc = run(text);
    expect(names(doc).filter((n) => /Haw Kham|Itamaraty/.test(n))).toEqual([]);
    expect(doc.officials.every((o) => !/\b(?:at|the)$/.test(o.title ?? ""))).toBe(true);
  });
});

describe("a name before a border noun is a crossing, not a person (issue #11)", () => {
  it("'the Tecún Umán and La Mesilla border crossings' names no one", () => {
    const doc = run("Guatemala City (AGN) – President Bernardo Arévalo met Mexican President Claudia Sheinbaum on Monday. Arévalo proposed a joint fund for the Tecún Umán and La Mesilla border crossings.");
    expect(names(doc).filter((n) => /Mesilla|Tecún/.test(n))).toEqual([]);
  });

  it("'the administrator of the Panama Canal, X', 'the chairman of the Suez Canal Authority, Y': a waterway's noun inside the body's name", () => {
    const doc = run("Korean Foreign Minister Cho Hyun met the administrator of the Panama Canal, Ricaurte Vásquez Morales, and the chairman of the Suez Canal Authority, Osama Rabie, in Panama City on Monday.");
    expect(official(doc, "Ricaurte Vásquez Morales")?.title).toBe("administrator of the Panama Canal");
    expect(official(doc, "Osama Rabie")?.organization).toBe("Suez Canal Authority");
  });
});
