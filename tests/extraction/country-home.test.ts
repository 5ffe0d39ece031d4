// Host officials whose title names no country (issue #11, countries, batch11): "The President of the Republic, X"
// in a report filed at home takes the dateline's country, the dateline may be a known place in title case below
// the agency's masthead, and "the Namibian President" opening a clause is another person, not a qualifier of X.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/reader.ts";
import { official, run } from "./helpers.ts";

const angop = [
  "ANGOP - Agência Angola Press",
  "Politics | Economy | Society | Sports",
  "Luanda - The President of the Republic, João Lourenço, held talks Thursday in Luanda with his Namibian counterpart, Netumbo Nandi-Ndaitwah, on the joint hydroelectric project.",
  "",
  "The meeting was attended by the Minister of External Relations, Téte António, and the Namibian Minister of International Relations and Trade, Selma Ashipala-Musavyi.",
  "",
  "João Lourenço proposed the creation of a binational railway company, while the Namibian President called on SADC member states to speed up the free movement of people.",
  "",
  "On Wednesday, the Angolan Minister of National Defence, João Ernesto dos Santos, and his Namibian counterpart, Frans Kapofi, co-chaired the 20th session of the Permanent Joint Commission on Defence and Security.",
].join("\n");

describe("a host whose title names no country", () => {
  it("a known place in title case before a dash is the dateline, not the agency's masthead in capitals", () => {
    const read = readDocument(` date 2026-08-28 Angolan, Namibian Heads of State meet\n${angop}`);
    expect(read.dateline).toBe("Luanda");
    expect(read.sentences.some((s) => s.text.startsWith("The President of the Republic, João Lourenço"))).toBe(true);
  });

  it("the host and his minister take the dateline's country; 'while the Namibian President' is the guest", () => {
    const doc = run(angop, "2026-08-28", "Angolan, Namibian Heads of State meet");
    expect(official(doc, "João Lourenço")?.country).toBe("AO");
    expect(official(doc, "Téte António")?.country).toBe("AO");
    expect(official(doc, "Netumbo Nandi-Ndaitwah")?.country).toBe("NA");
  });

  it("a companion beside 'the Czech Prime Minister' still shares the country", () => {
    const doc = run("Prime Minister Pham Minh Chinh held talks with Czech Prime Minister Petr Fiala in Hanoi on Monday. Accompanying the Czech Prime Minister are Deputy Prime Minister and Minister of Labour Marian Jurecka and a business delegation.");
    expect(official(doc, "Marian Jurecka")?.country).toBe("CZ");
  });
});

describe("at home, the one foreign country of the report", () => {
  it("a Korean report filed in Seoul gives an unqualified official whose name is not Korean the one foreign country (as a Vietnamese one does)", () => {
    const doc = run(
      "SEOUL, June 12 (Yonhap) -- Trade Minister Ahn Duk-geun held talks with Minister for Trade and Tourism Don Farrell in Seoul on Thursday. Ahn proposed that Australia expand its imports of Korean cars. Prime Minister Kim Min-seok also received Farrell.",
      "2025-06-12",
    );
    expect(official(doc, "Don Farrell")?.country).toBe("AU");
    expect(official(doc, "Ahn Duk-geun")?.country).toBe("KR");
  });
});

describe("a dateline with the agency's correspondent", () => {
  it("'CAIRO (ANA-MPA/ G. Pappas) -' is filed in Cairo, so the host of a reception there that day is Egyptian", () => {
    const body =
      "CAIRO (ANA-MPA/ G. Pappas) - Prime Minister Kyriakos Mitsotakis held talks in Cairo on Tuesday with Egyptian President Abdel Fattah el-Sisi. Greece and Egypt signed a joint declaration, and Egypt thanked Greece.\n\nLater on Tuesday, Mitsotakis was received by the Grand Imam of Al-Azhar, Sheikh Ahmed el-Tayeb, at the Al-Azhar Mosque.";
    expect(readDocument(` date 2026-05-06 PM Mitsotakis in Cairo\n${body}`).dateline).toBe("Cairo");
    const doc = run(body, "2026-05-06", "PM Mitsotakis in Cairo");
    expect(official(doc, "Ahmed el-Tayeb")?.country).toBe("EG");
  });
});

describe("a style of one country's honours, and the source of a report", () => {
  it("'Daw X' is of Myanmar, and '..., a Thai official said' is someone else", () => {
    const doc = run("Thai Foreign Minister Sihasak Phuangketkeow met Myanmar Foreign Minister U Than Swe in Naypyitaw on Tuesday. Myanmar and Thailand agreed to fight scam centres. Sihasak did not ask to meet the detained former State Counselor Daw Aung San Suu Kyi, a Thai official said.");
    expect(official(doc, "Aung San Suu Kyi")?.country).toBe("MM");
  });
});
