// Long titles before a name or an apposition (issue #11, names, batches 03-10): organisation nouns of
// other systems ("Swiss Confederation", "ASEAN Economic Community", "Tunisians Abroad"), a capitalised
// modifier inside a title ("Head of the Presidential Administration"), an unknown word after "of the"
// before an organisation noun ("Shura Council"), a place after "in" and a field after "on" right
// after a title word, and the diplomatic "Extraordinary and Plenipotentiary".
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("long titles", () => {
  it.each([
    ["He conveyed an invitation to the President of the Swiss Confederation, Karin Keller-Sutter.", "Karin Keller-Sutter"],
    ["The Deputy Secretary-General of ASEAN for ASEAN Economic Community, Satvinder Singh, also attended the meeting.", "Satvinder Singh"],
    ["Tan was received by Chairman of the Cabinet of Ministers - Head of the Presidential Administration Adylbek Kasymaliev.", "Adylbek Kasymaliev"],
    ["The Cypriot President will meet the Chairman of the Shura Council, Ali bin Saleh Al Saleh, on Thursday.", "Ali bin Saleh Al Saleh"],
    ["Also present was the Australian Consul in Kota Kinabalu, Brendan Lee.", "Brendan Lee"],
    ["A statement by the Special Adviser to the President on Information and Strategy, Bayo Onanuga, said the talks went well.", "Bayo Onanuga"],
  ])("%s", (body, name) => {
    expect(names(run(body))).toContain(name);
  });

  it("a minister 'of ... Tunisians Abroad, Mr. X' (the portfolio is no person)", () => {
    const doc = run("Ahmed Attaf held talks with Tunisian Minister of Foreign Affairs, Migration and Tunisians Abroad, Mr. Mohamed Ali Nafti.");
    expect(names(doc)).not.toContain("Tunisians Abroad");
    expect(names(doc)).toContain("Mohamed Ali Nafti");
  });

  it("'Ambassador Extraordinary and Plenipotentiary of Japan to Cambodia, X' names no person 'Extraordinary'", () => {
    const doc = run("The King received Ambassador Extraordinary and Plenipotentiary of Japan to Cambodia, Ueno Atsushi, on Monday.");
    expect(names(doc)).not.toContain("Extraordinary");
  });

  it("a programme 'on Cultural Exchanges' is no title", () => {
    const doc = run("The two sides signed an MoU on digital infrastructure and an Executive Programme on Cultural Exchanges for 2026-2029.");
    expect(names(doc)).toEqual([]);
  });
});

// Long titles of batch17's kind (issue #11, names cut short): an office "of X for Y" opened by "Under", a field in lower
// case after an organisation officer's title word, a consulate's seat after "in".
describe("offices 'of X for Y', lower-case fields and consuls' seats", () => {
  it("'Under Secretary of War for Policy X': the whole office is the title", () => {
    const doc = run("Defense Secretary Tom Brandt hosted the Danish defence minister today. Under Secretary of War for Policy Dana Whitfield joined the meeting.");
    expect(official(doc, "Dana Whitfield")?.title).toBe("Under Secretary of War for Policy");
  });

  it("'Under President X' opens no title", () => {
    const doc = run("Under President Lula Silva, Brazil hosted President Ana Ruiz of Chile in Brasília on Monday.");
    expect(official(doc, "Lula Silva")?.title).toBe("President");
  });

  it("'the Region's head of foreign relations, X': a title with its field in lower case", () => {
    const doc = run("The talks were attended by the Kurdistan Region's head of foreign relations, Karwan Sheikhani, and the German ambassador, Leo Brandt.");
    expect(official(doc, "Karwan Sheikhani")?.title).toBe("head of foreign relations");
  });

  it("'Consul General in HCMC, X': the city's short form is a place", () => {
    const doc = run("The Danish Consul General in HCMC, Sofie Lund, also attended the meeting with Chairman Nguyen Van Hai.");
    expect(official(doc, "Sofie Lund")?.title).toBe("Consul General in HCMC");
    expect(official(doc, "Sofie Lund")?.country).toBe("DK");
  });
});
