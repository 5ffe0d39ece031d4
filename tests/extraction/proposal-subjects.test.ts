// Proposal speakers on batches 18-20 (issue #11, proposals, round twelve): a finite verb coordinated by "and" with the act
// before it is the same speaker's act; an office that resolved to nobody names its one holder (or, naming nobody, the one
// person before it whose office was never given), not the last name before the verb; an act told only in the headline is
// the body's act; the first person of a speech introduced in full ("the President's remarks follow:") is its owner's,
// performatives included ("I would like to propose"); a joint act of "A and B" is the first-named speaker's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date = "2026-04-22", headline?: string) => run(body, date, headline).proposals.map((p) => [p.speaker, p.kind]);

describe("a verb coordinated with the act before it", () => {
  const lead = "Chairman of the Council Marko Petrovic received Foreign Minister Ayse Demir of Turkiye in Sarajevo on Wednesday.";
  it.each([
    ["The Chairman of the Council called on Turkiye to keep its troops in the mission and proposed that the two countries hold a business forum in Mostar.", "proposal"],
    ["The Chairman of the Council urged Ankara to open a consulate in Banja Luka and invited Turkish investors to the Sarajevo fair.", "invitation"],
    ["The Chairman of the Council asked Turkiye to back the candidate status and also suggested that the two sides sign a visa accord.", "suggestion"],
  ])("%s", (sentence, kind) => {
    const got = acts(`${lead} ${sentence}`);
    expect(got).toHaveLength(2);
    expect(got[1]).toEqual(["Marko Petrovic", kind]);
  });
});

describe("an office that resolved to nobody", () => {
  it("the holder whose title is the office, not a deputy", () => {
    const body =
      "Today, the Speaker of the Assembly, Ivan Horvat, met the Speaker of the Sejm of Poland, Anna Nowak. The meeting was attended by the Deputy Speaker of the Assembly, Petra Kos. The Speaker of the Assembly proposed holding a joint session of the two committees in the autumn.";
    expect(acts(body, "2026-05-20")).toEqual([["Ivan Horvat", "proposal"]]);
  });
  it("a demonym and the office's head word", () => {
    const body =
      "Minister for Foreign Affairs Sari Wibowo and Minister of Foreign Affairs of Malaysia Amir Hassan met in Jakarta today, with Vice Minister Dewi Lestari. The Indonesian Foreign Minister proposed that both countries set up a hotline between their navies.";
    expect(acts(body, "2026-08-19")).toEqual([["Sari Wibowo", "proposal"]]);
  });
  it.each([
    "The visit comes after Sir Tom Bradley spoke to Kenyan President Daniel Kiptoo by phone last week, when the Prime Minister called on Kenya to keep its police in Haiti.",
    "Sir Tom Bradley also telephoned Kenyan President Daniel Kiptoo last week, and the Prime Minister urged Kenya to keep its police in Haiti.",
  ])("an office naming nobody is the untitled person before it: %s", (sentence) => {
    expect(acts(`Foreign Secretary Anne Wells met Kenyan Foreign Minister Paul Otieno in London on Monday. ${sentence}`, "2026-03-20")).toEqual([["Tom Bradley", "call"]]);
  });
});

describe("a counterpart by demonym", () => {
  it.each([
    ["His Chadian counterpart asked Cameroon to cut port handling costs at Douala.", "request"],
    ["His Chadian counterpart also urged the Cameroonian side to finish the Yagoua bridge.", "call"],
  ])("%s", (sentence, kind) => {
    const body = `Prime Minister Paul Ekane of Cameroon received Chadian Prime Minister Ali Mahamat in Yaounde on Tuesday, with Chadian Minister of Transport Idriss Saleh. Ekane proposed that the two countries speed up the railway extension. ${sentence}`;
    expect(acts(body, "2026-05-13")).toEqual([
      ["Paul Ekane", "proposal"],
      ["Ali Mahamat", kind],
    ]);
  });
});

describe("an act told in the headline and in the body", () => {
  it.each([
    ["Tomas Berg presses Norway on fishing quotas", "Foreign Minister Tomas Berg has urged Norway to raise the fishing quotas for Swedish boats, in talks with his counterpart Ola Dahl in Oslo."],
    ["Tomas Berg asks Norway to lift quotas", "Foreign Minister Tomas Berg on Monday asked Norway to lift the fishing quotas on Swedish boats during talks with Ola Dahl in Oslo."],
  ])("%s", (headline, body) => {
    const got = run(`${body} Dahl invited Swedish students to study in Bergen.`, "2026-04-08", headline).proposals;
    expect(got.map((p) => p.speaker)).toEqual(["Tomas Berg", "Ola Dahl"]);
    expect(got[0].text).toMatch(/fishing quotas/);
  });
  it("the act's content stops before the meeting it was made at", () => {
    const got = run("Foreign Minister Tomas Berg has urged Norway to raise the fishing quotas, in talks with his counterpart Ola Dahl in Oslo.", "2026-04-08").proposals;
    expect(got.map((p) => p.text)).toEqual(["Norway to raise the fishing quotas"]);
  });
});

describe("a speech given in full", () => {
  const intro = "On the morning of March 5, President Chen Wei held talks with President Luis Ortega of Honduras at the Presidential Office.";
  it.each([
    "A translation of the President's remarks follows:",
    "The President's speech is as follows:",
    "President Chen said:",
  ])("%s", (line) => {
    const body = `${intro} ${line}\n\nI warmly welcome President Ortega. I would like to propose that our two countries set up a joint training centre in Tegucigalpa. I also invite Honduran students to apply for our scholarships.\n\nPresident Ortega then asked Taiwan to open a trade office in San Pedro Sula.`;
    expect(acts(body, "2026-03-05")).toEqual([
      ["Chen Wei", "proposal"],
      ["Chen Wei", "invitation"],
      ["Luis Ortega", "request"],
    ]);
  });
  it("an intention in the third person is still no act", () => {
    expect(acts(`${intro} Ortega wants to propose a joint training centre next year.`, "2026-03-05")).toEqual([]);
  });
});

describe("a joint act", () => {
  it.each([
    "Vice President Ada Eze and his Ghanaian counterpart, Prof. Kofi Mensah, yesterday called for the speedy completion of the coastal highway.",
    "Vice President Ada Eze and Vice President Kofi Mensah jointly called for the speedy completion of the coastal highway.",
  ])("%s", (sentence) => {
    expect(acts(sentence, "2026-06-18")).toEqual([["Ada Eze", "call"]]);
  });
});
