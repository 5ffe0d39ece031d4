// Speakers of proposals named by title only (issue #11, proposals): "The prime minister asked" is the
// prime minister, not the deputy prime minister named nearby; "The Chairperson urged", "the Head of State
// proposed" resolve to the official holding that office in the report; "A urged X, while B proposed Y"
// gives B's act to B; "Zimbabwe's call for ..." is a noun, not a new act.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date: string) => run(body, date).proposals.map((p) => [p.speaker, p.kind, p.text]);

describe("a speaker named by title only", () => {
  it.each([
    [
      "Islamabad (APP) – Kazakh Deputy Prime Minister Murat Nurtleu called on Prime Minister Shehbaz Sharif on Tuesday. The prime minister asked the Kazakh side to expedite the transit trade route.",
      "2025-02-26",
      "Shehbaz Sharif",
      "request",
    ],
    [
      "Bangkok (TNA) – Deputy Prime Minister Pichai Chunhavajira held talks with Malaysian Prime Minister Anwar Ibrahim on Monday. The prime minister proposed a joint rubber council.",
      "2024-12-17",
      "Anwar Ibrahim",
      "proposal",
    ],
    [
      "Addis Ababa (ENA) – African Union Commission Chairperson Mahmoud Ali Youssouf received Namibian Foreign Minister Selma Ashipala-Musavyi on Wednesday. The Chairperson urged Namibia to ratify the free movement protocol.",
      "2025-05-15",
      "Mahmoud Ali Youssouf",
      "call",
    ],
    [
      "Guatemala City (AGN) – President Bernardo Arévalo received Taiwanese Foreign Minister Lin Chia-lung on Tuesday. During the meeting, attended by Foreign Minister Carlos Ramiro Martínez, the Head of State proposed that Taiwanese companies set up a semiconductor plant.",
      "2025-07-09",
      "Bernardo Arévalo",
      "proposal",
    ],
  ])("%s", (body, date, speaker, kind) => {
    expect(acts(body, date).map(([s, k]) => [s, k])).toEqual([[speaker, kind]]);
  });
});

describe("one act per clause", () => {
  it.each([
    [
      "Muscat (ONA) – Foreign Minister Badr Albusaidi held talks with Iranian Foreign Minister Abbas Araghchi on Sunday. Albusaidi urged the Iranian side to expedite the shipping line, while Araghchi proposed the establishment of a joint free zone.",
      "2025-01-27",
    ],
    [
      "Nairobi (KNA) – President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Friday. Ruto urged Tanzania to remove non-tariff barriers, while Samia proposed the establishment of a joint border market.",
      "2024-03-16",
    ],
  ])("%s", (body, date) => {
    const ps = acts(body, date);
    expect(ps).toHaveLength(2);
    expect(ps[0][0]).not.toBe(ps[1][0]);
    expect(ps[1][2]).toMatch(/^the establishment of a joint/);
  });

  it("'urged South Africa to support Zimbabwe's call for the lifting of sanctions' is one act", () => {
    const ps = acts(
      "Harare (New Ziana) – President Cyril Ramaphosa held talks with President Emmerson Mnangagwa in Harare on Thursday. President Mnangagwa urged South Africa to support Zimbabwe's call for the lifting of sanctions.",
      "2025-04-25",
    );
    expect(ps).toEqual([["Emmerson Mnangagwa", "call", "South Africa to support Zimbabwe's call for the lifting of sanctions"]]);
  });
});
