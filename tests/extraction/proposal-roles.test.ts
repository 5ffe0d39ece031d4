// Proposal speakers on unseen reports (issue #11, proposals, fifth pass): a role noun with a demonym is the
// national office, not a region's ("The Tanzanian President" when the report also names the President of
// Zanzibar); nobody asks himself, so an act whose named addressee is its resolved speaker has no known
// speaker; "will call on X on Wednesday, after which the two sides are expected to sign" is a visit, the
// "to" belongs to another clause; "called on X to \"stand with ...\"" quotes the content; in a transcript, "I
// propose", "I invite you" are acts of the official whose label opens the turn ("Vladimir Putin: ..."); a
// Taiwanese family name ("Lai") is the short name a later act's subject uses.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date = "2025-06-10") => run(body, date).proposals.map((p) => [p.speaker, p.kind, p.text]);

describe("role nouns with a demonym", () => {
  it("'The Tanzanian President' is the President of Tanzania, not the President of Zanzibar", () => {
    const doc = run(
      "Doha, June 9 (QNA) - Amir Sheikh Tamim bin Hamad Al Thani held talks on Monday with President of the United Republic of Tanzania Samia Suluhu Hassan. The talks were attended by President of Zanzibar Hussein Ali Mwinyi. The Tanzanian President invited Qatari investors to the special economic zones of Bagamoyo.",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Samia Suluhu Hassan"]);
  });

  it("a region's office is still found when the report has only it", () => {
    const doc = run(
      "Chief Minister of Sabah Hajiji Noor met Australian High Commissioner Justin Lee in Kota Kinabalu on Monday. The Chief Minister invited Australian investors to take part in solar projects.",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Hajiji Noor"]);
  });
});

describe("speaker and addressee", () => {
  it("an act whose named addressee is the only person its speaker resolves to is dropped", () => {
    const out = acts(
      "Canadian Foreign Minister Anita Anand arrived in Dublin on Monday. The Irish side proposed closer links between universities. He also invited Minister Anand to return for the summit in Galway in October.",
    );
    expect(out.filter((a) => a[0] === "Anita Anand")).toEqual([]);
  });

  it("a pronoun addressee does not drop the act", () => {
    const out = acts(
      "King Mohammed VI held a telephone conversation with Prime Minister Pedro Sánchez on Wednesday, in which the monarch invited him to make an official visit to the kingdom soon.",
    );
    expect(out.map((a) => a[0])).toEqual(["Mohammed VI"]);
  });
});

describe("short names of speakers", () => {
  it("a Taiwanese family name in Wade-Giles ('Lai') is the short name of the full name", () => {
    const doc = run(
      "President Lai Ching-te welcomed Marshall Islands President Hilda C. Heine in Taipei on Wednesday. In his remarks, Lai invited Heine's government to join Taiwan's medical referral program and asked the Marshall Islands to keep speaking up for Taiwan.",
      "2025-11-05",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Lai Ching-te", "invitation"],
      ["Lai Ching-te", "request"],
    ]);
  });
});

describe("'call on' as a visit", () => {
  it.each([
    ["Prime Minister KP Sharma Oli will call on President Xi Jinping on Wednesday, after which the two sides are expected to sign a framework.", 0],
    ["Prime Minister KP Sharma Oli called on President Xi Jinping to support the railway project.", 1],
    ["Prime Minister KP Sharma Oli called on the international community, including China, to support the railway project.", 1],
  ])("%s", (body, n) => {
    expect(acts(body)).toHaveLength(n);
  });
});

describe("reported speech forms", () => {
  it("a quoted content after 'called on X to'", () => {
    const out = acts(
      'Marshall Islands President Hilda C. Heine arrived in Taipei on Tuesday. Heine, who is on her third visit to Taiwan, called on like-minded countries to "stand with Taiwan as Taiwan has stood with the Pacific."',
    );
    expect(out.map((a) => [a[0], a[1]])).toEqual([["Hilda C. Heine", "call"]]);
  });

  it("the first person of a transcript is the speaker of the turn", () => {
    const doc = run(
      [
        "Vladimir Putin held talks in the Kremlin with General Secretary To Lam, who is in Russia on an official visit.",
        "",
        "Vladimir Putin: Comrade General Secretary, friends,",
        "",
        "The agreement on a free trade zone is working well, and I propose that our governments instruct the commission to draft a plan for settlements in national currencies.",
        "",
        "To Lam (retranslated): Thank you, Comrade President.",
        "",
        "On behalf of the Party and State leadership of Vietnam, I invite you, Mr President, to pay an official visit to Vietnam.",
      ].join("\n"),
      "2026-05-20",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Vladimir Putin", "proposal"],
      ["To Lam", "invitation"],
    ]);
  });
});
