// Agreement statuses from context and instruments listed together (issue #11, agreements): the
// verb that governs an instrument, a cue that describes it right after it, an intention ("agreed to
// work towards", "will be signed", a text prepared "for adoption" at a later summit), a later state
// of the same instrument, and "an MoU on X and an MoU on Y" as two instruments.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const statusOf = (body: string, words: string) => {
  const doc = run(body, "2024-05-14");
  const a = doc.agreements.find((x) => x.title.includes(words));
  if (!a) throw new Error(`no agreement with "${words}" in ${JSON.stringify(doc.agreements.map((x) => x.title))}`);
  return a.status;
};

describe("status from context", () => {
  it.each([
    ["The two ministers agreed to work towards an agreement on the mutual recognition of driving licences.", "driving licences", "proposed"],
    ["The two ministers agreed that a memorandum of understanding on maritime cooperation would be signed during the visit.", "maritime cooperation", "proposed"],
    ["The two governments will also sign a memorandum of understanding on semiconductor cooperation, Park said.", "semiconductor", "proposed"],
    ["The ministers reviewed the preparations for signing an agreement on the promotion of investments.", "promotion of investments", "proposed"],
    ["The two sides signed an agreement on the training of doctors and a contract for the supply of vaccines, while they agreed to work towards an agreement on investments.", "supply of vaccines", "signed"],
    ["The Treaty on Friendship and Cooperation between the two countries, signed in 1997, has been ratified by both parliaments.", "Friendship", "in_force"],
    ["They agreed to start negotiations to modernise the Canada-Peru Free Trade Agreement, in force since August 2009.", "Canada-Peru", "in_force"],
    ["They will announce negotiations to upgrade the Korea-UK Free Trade Agreement, which entered into force in January 2021.", "Korea-UK", "in_force"],
    ["The two sides discussed the agreement on the protection of investments, which both countries signed in 2022 but which has not yet entered into force.", "protection of investments", "signed"],
  ])("%s", (body, words, status) => {
    expect(statusOf(`Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. ${body}`, words)).toBe(status);
  });

  it("proposing to launch negotiations on an instrument only proposes it", () => {
    const doc = run(
      "European Council President Charles Michel held a phone call with Prime Minister Pham Minh Chinh on Monday. Michel proposed that the two sides launch negotiations on a Just Energy Transition Partnership political declaration before the end of the year.",
    );
    expect(doc.agreements.find((a) => a.title.includes("political declaration"))?.status).toBe("proposed");
  });
});

describe("two instruments in one phrase", () => {
  it("'an MoU on X and an MoU on Y' stays two", () => {
    const doc = run(
      "Premier Abang Johari said Sarawak and Western Australia had agreed to work towards an MoU on hydrogen and an MoU on skills training, and urged universities to open campuses.",
    );
    const titles = doc.agreements.map((a) => a.title);
    expect(titles).toContain("MoU on hydrogen");
    expect(titles).toContain("MoU on skills training");
    expect(doc.agreements.every((a) => a.status === "proposed")).toBe(true);
  });
});

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;

describe("a text prepared for adoption", () => {
  it("a joint statement prepared 'for adoption' at a later summit is proposed", () => {
    const doc = run("Foreign Minister Ana Costa and Foreign Minister Lee Kinyanjui agreed to draw up a Joint Statement on Maritime Safety for adoption at the next summit in Nairobi.", "2026-05-12");
    expect(status(doc, "Maritime Safety")).toBe("proposed");
  });

  it("a declaration 'to be submitted for adoption' is proposed", () => {
    const doc = run("Foreign Minister Ana Costa said the Declaration on Ocean Governance would be submitted for adoption by the leaders in June.", "2026-05-12");
    expect(status(doc, "Ocean Governance")).toBe("proposed");
  });
});
