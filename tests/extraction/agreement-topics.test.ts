// Agreement titles on unseen reports (issue #11, agreements, fifth pass): lower-case nouns between a
// determiner and the head say what the instrument is about ("a rice supply agreement"), whether or not they
// are listed modifiers, while "new", "proposed", "the same" do not; a title ends before "and of an" (the
// next instrument), before a modal ("should be signed"), and runs through a capitalised list with hyphenated
// words ("Friendship, Good-Neighbourliness and Cooperation") and a participle ("a protocol amending ...").
// A name before a compound head or one or two such nouns belongs to the title ("the Mercosur-EFTA free trade
// agreement"); a definite title whose words all belong to an earlier instrument is that instrument.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const titles = (body: string) =>
  run(`Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. ${body}`, "2025-02-03").agreements.map((a) => a.title);

describe("lower-case nouns before the head", () => {
  it.each([
    ["The two countries have started negotiating a five-year rice supply agreement.", "five-year rice supply agreement"],
    ["Ghana and Togo signed a new technical cooperation agreement on Friday.", "technical cooperation agreement"],
    ["The utilities inked a power interconnection agreement for the northern line.", "power interconnection agreement for the northern line"],
    ["The migration agreement signed in Samarkand in 2024 has brought 3,000 workers to Germany.", "migration agreement"],
    ["The company and the fund are negotiating a shareholders' agreement.", "shareholders' agreement"],
    ["A raw materials partnership agreement was initialled.", "raw materials partnership agreement"],
    ["Officials are negotiating a digital economy agreement.", "digital economy agreement"],
  ])("%s", (body, title) => {
    expect(titles(body)).toEqual([title]);
  });

  it.each([
    ["The two ministers signed the agreement on Monday."],
    ["They hope to sign a new agreement soon."],
    ["The proposed agreement was discussed."],
    ["The ministers welcomed the signing of agreements in several fields."],
  ])("no topic, no instrument: %s", (body) => {
    expect(titles(body)).toEqual([]);
  });
});

describe("names before the nouns and references back", () => {
  it.each([
    ["Both presidents welcomed the Mercosur-EFTA free trade agreement signed in September.", "Mercosur-EFTA free trade agreement"],
    ["The PACER Plus regional trade agreement, which entered into force in December 2020, came up in the talks.", "PACER Plus regional trade agreement"],
  ])("%s", (body, title) => {
    expect(titles(body)).toEqual([title]);
  });

  it.each([["Lopez witnessed trade agreements with three countries."], ["Taiwan, Paraguay sign pact on semiconductors training"]])(
    "a subject and its verb are no name of the instrument: %s",
    (body) => {
      expect(titles(body).filter((t) => /Lopez|Paraguay/.test(t))).toEqual([]);
    },
  );

  it("kinds of instrument with a fixed name are heads", () => {
    expect(titles("Hassan and Lopez discussed the negotiation of a status of forces agreement for personnel deployed for joint training.")).toEqual([
      "status of forces agreement for personnel deployed for joint training",
    ]);
  });

  it("'The rice agreement' after 'a rice supply agreement' is the same instrument", () => {
    expect(
      titles("The two countries started negotiating a rice supply agreement. The rice agreement would build on the memorandum of understanding on rice trade signed in 2024."),
    ).toEqual(["rice supply agreement", "memorandum of understanding on rice trade"]);
  });
});

describe("where a title ends", () => {
  it("'... and of an Agreement on ...' is the next instrument", () => {
    expect(
      titles(
        "They welcomed the signing of a Memorandum of Understanding on cooperation in the field of traditional medicine and of an Agreement on the exemption of visas.",
      ),
    ).toEqual(["Memorandum of Understanding on cooperation in the field of traditional medicine", "Agreement on the exemption of visas"]);
  });

  it("a modal ends the complement", () => {
    expect(titles("The ministers agreed that a memorandum on the financing of the new bridge should be signed by the end of the year.")).toEqual([
      "memorandum on the financing of the new bridge",
    ]);
  });

  it("a capitalised list with hyphenated words stays in the title", () => {
    expect(titles("Hassan recalled the Treaty of Friendship, Good-Neighbourliness and Cooperation, which entered into force in 2018.")).toEqual([
      "Treaty of Friendship, Good-Neighbourliness and Cooperation",
    ]);
  });

  it.each([
    ["A protocol amending the double taxation agreement was signed in Tashkent in November.", "protocol amending the double taxation agreement"],
    ["They adopted a Joint Declaration establishing a Global Strategic Partnership between the two countries.", "Joint Declaration establishing a Global Strategic Partnership between the two countries"],
  ])("a participle opens the complement: %s", (body, title) => {
    expect(titles(body)).toEqual([title]);
  });
});

describe("one plural head, several instruments", () => {
  it("'Memoranda of understanding on X and on Y' are two", () => {
    expect(titles("Memoranda of understanding on cooperation in health and on investment in hydropower were exchanged after the meeting.")).toEqual([
      "Memoranda of understanding on cooperation in health",
      "Memoranda of understanding on investment in hydropower",
    ]);
  });

  it("a plural head with one complement stays generic", () => {
    expect(titles("Agreements on the protection of investments were discussed.")).toEqual([]);
  });
});

describe("roadmaps", () => {
  it.each([
    ["The ministers reviewed the Roadmap for Hungarian-Mongolian Cooperation for 2024-2026, which was signed in Budapest.", "Roadmap for Hungarian-Mongolian Cooperation for 2024-2026"],
    ["A road map on defence cooperation for 2026-2028 is to be signed in the coming weeks.", "road map on defence cooperation for 2026-2028"],
  ])("%s", (body, title) => {
    expect(titles(body)).toEqual([title]);
  });
});

describe("headlines of other reports", () => {
  it.each([["Most Popular"], ["Read Next"], ["You may also like"]])("the headlines listed after '%s' are page furniture", (header) => {
    const doc = run(
      `Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. They signed a memorandum of understanding on tourism.\n\n${header}\nSaudi Arabia, Pakistan sign defense pact\nPH, Japan ink deal on coast guard vessels\n`,
      "2025-02-03",
    );
    expect(doc.agreements.map((a) => a.title)).toEqual(["memorandum of understanding on tourism"]);
  });
});

describe("partners and headlines", () => {
  it("a partner named between the head and its complement stays in the title, a decimal does not end it", () => {
    expect(
      titles("The company has signed a Memorandum of Understanding (MoU) with the Ministry of Energy, Petroleum and Mines of the Republic of Senegal for the development of a 1.2 GW solar and green hydrogen project."),
    ).toEqual(["Memorandum of Understanding with the Ministry of Energy, Petroleum and Mines of the Republic of Senegal for the development of a 1.2 GW solar and green hydrogen project"]);
  });

  it("a named instrument's partner", () => {
    expect(titles("A migration agreement with Uzbekistan is to be signed later this month.")).toEqual(["migration agreement with Uzbekistan"]);
  });

  it("a bare head with a partner stays generic", () => {
    expect(titles("Ghana signed an agreement with Japan last year.")).toEqual([]);
  });

  it("a headline's capitalised verb ends the name; its instrument is the body's, told in full there", () => {
    const doc = run(
      "Teranga Green Energy Signs MoU with Government of Senegal for 1.2 GW Solar and Green Hydrogen Project\nCompany to invest up to USD 2.4 billion\nDAKAR, April 24 - Teranga Green Energy said it has signed a Memorandum of Understanding with the Ministry of Energy for the development of a solar and green hydrogen project.",
      "2025-04-25",
      "Teranga Green Energy Signs MoU with Government of Senegal for 1.2 GW Solar and Green Hydrogen Project",
    );
    expect(doc.agreements.map((a) => a.title)).toEqual(["Memorandum of Understanding with the Ministry of Energy for the development of a solar and green hydrogen project"]);
  });
});
