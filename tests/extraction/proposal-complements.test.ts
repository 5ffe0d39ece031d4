// The content of an act is the complement of its verb (issue #11, proposals, round 13): a hard wrap does not cut it, a
// verb inside another act's that-clause is not an act of its own, and the country of an office named as the subject says
// whose act it is.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date = "2025-03-12") => run(body, date).proposals.map((p) => [p.speaker, p.kind, p.text]);

describe("a hard-wrapped line that cannot end a sentence runs on", () => {
  it("a short line ending on an article inside a wrapped paragraph", () => {
    const body = [
      "Valletta, 11 Mar (MaltaPress) - Maltese Foreign Minister Ian Borg held talks in",
      "Valletta on Tuesday with his Tunisian counterpart, Mohamed Ali Nafti, on",
      "energy, fisheries and migration. The ministers agreed to meet again. Nafti, for",
      "his part, urged Maltese investors to join the",
      "Tunisian renewable energy auctions planned for the autumn.",
    ].join("\n");
    expect(acts(body)).toEqual([["Mohamed Ali Nafti", "call", "Maltese investors to join the Tunisian renewable energy auctions planned for the autumn"]]);
  });

  it("a line ending on a closing quote when the next goes on in lower case", () => {
    const body = [
      "Canberra, 11 Mar (AAP) - Australian Foreign Minister Penny Wong held talks in",
      "Canberra on Tuesday with New Zealand Foreign Minister Winston Peters.",
      "",
      "Wong proposed that Australia and New Zealand hold a \"Pacific-first\"",
      "maritime dialogue of their coast guards in Suva by the end of the year.",
    ].join("\n");
    expect(acts(body)).toEqual([["Penny Wong", "proposal", "Australia and New Zealand hold a \"Pacific-first\" maritime dialogue of their coast guards in Suva by the end of the year"]]);
  });
});

describe("a verb of a that-clause is the content, not an act", () => {
  it("'suggested that the two countries jointly request ...' is one suggestion", () => {
    expect(
      acts(
        "Tirana (ATA) – Albanian Foreign Minister Igli Hasani held talks in Tirana on Tuesday with his Montenegrin counterpart Ervin Ibrahimović. Hasani suggested that the two countries jointly request technical assistance from the World Bank for the Shkodra lake project.",
      ),
    ).toEqual([["Igli Hasani", "suggestion", "the two countries jointly request technical assistance from the World Bank for the Shkodra lake project"]]);
  });

  it("'proposed that both ministries invite ...' is one proposal", () => {
    expect(
      acts(
        "Tirana (ATA) – Albanian Foreign Minister Igli Hasani held talks in Tirana on Tuesday with his Montenegrin counterpart Ervin Ibrahimović. Hasani proposed that both ministries invite regional experts to a conference on border management in June.",
      ),
    ).toEqual([["Igli Hasani", "proposal", "both ministries invite regional experts to a conference on border management in June"]]);
  });
});

describe("the country of an office named as the subject says whose act it is", () => {
  it("'The Prime Minister, Head of Government of Senegal proposed', after the Gambian Prime Minister was named", () => {
    expect(
      acts(
        "Dakar, 11 March 2025 - The Prime Minister, Head of Government, Dr Ousmane Sonko, yesterday received in audience the Prime Minister of the Republic of the Gambia, Alieu Jallow, on a working visit to Senegal.\n\nThe Prime Minister, Head of Government of Senegal proposed that the two countries speed up the construction of the Farafenni bridge road and called on the customs services of both countries to remove illegal checkpoints along the corridor.",
      ).map(([speaker, kind]) => [speaker, kind]),
    ).toEqual([
      ["Ousmane Sonko", "proposal"],
      ["Ousmane Sonko", "call"],
    ]);
  });

  it("'during which the Estonian foreign minister suggested', after both ministers' short names", () => {
    expect(
      acts(
        "Tallinn (ERR) - Estonian Prime Minister Kristen Michal received Latvian Prime Minister Evika Siliņa in Tallinn on Tuesday. The talks were also attended by Foreign Minister Margus Tsahkna and Latvian Foreign Minister Baiba Braže.\nTsahkna and Braže had already met on Monday evening, during which the Estonian foreign minister suggested holding regular consultations of the two foreign ministries twice a year.",
      ).map(([speaker, kind]) => [speaker, kind]),
    ).toEqual([["Margus Tsahkna", "suggestion"]]);
  });

  it("'The Cabo Verdean head of government also invited X' names the Cabo Verdean Prime Minister", () => {
    expect(
      acts(
        "Lisbon – Portuguese Prime Minister Luís Montenegro received his Cabo Verdean counterpart, Ulisses Correia e Silva, at São Bento Palace on Monday. The Cabo Verdean head of government also invited Luís Montenegro to the Cabo Verde Investment Forum in Praia in November.",
      ).map(([speaker, kind]) => [speaker, kind]),
    ).toEqual([["Ulisses Correia e Silva", "invitation"]]);
  });
});
