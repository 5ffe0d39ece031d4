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
