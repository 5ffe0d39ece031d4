import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const INTRO = "Prime Minister Pham Minh Chinh held talks with German Chancellor Olaf Scholz in Hanoi on November 13. ";

describe("proposals", () => {
  it.each([
    ["suggested the two sides boost trade", "suggestion", "the two sides boost trade"],
    ["proposed that Germany help Vietnam build a digital platform", "proposal", "Germany help Vietnam build a digital platform"],
    ["urged Berlin to press for the removal of the yellow card", "call", "Berlin to press for the removal of the yellow card"],
    ["called on German firms to invest more in Vietnam", "call", "German firms to invest more in Vietnam"],
    ["asked German lawmakers to ratify the investment agreement", "request", "German lawmakers to ratify the investment agreement"],
    ["requested Germany to receive more Vietnamese nurses", "request", "Germany to receive more Vietnamese nurses"],
    ["recommended a new working holiday programme to the German side", "recommendation", "a new working holiday programme to the German side"],
    ["invited Scholz to visit Vietnam again", "invitation", "Scholz to visit Vietnam again"],
  ])("'Chinh %s' is a %s", (act, kind, text) => {
    const d = run(`${INTRO}Chinh ${act}.`, "2022-11-13");
    expect(d.proposals).toHaveLength(1);
    expect(d.proposals[0]).toMatchObject({ speaker: "Pham Minh Chinh", kind, text, meeting: 0 });
  });

  it("a participle ('..., proposing that ...') is an act of the sentence's subject; an unknown subject gives none", () => {
    const d = run(`${INTRO}Chinh praised the ties, proposing that the two sides open new flights. Merz spoke, suggesting more trade.`, "2022-11-13");
    expect(d.proposals.map((p) => [p.speaker, p.kind, p.text])).toEqual([["Pham Minh Chinh", "proposal", "the two sides open new flights"]]);
  });

  it("skips people inside a relative clause and links the act to the latest meeting, not a recalled one", () => {
    const d = run(
      "Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone on June 13. Chinh, who met Sonexay in Vientiane last month, proposed that the two sides build a railway.",
      "2023-06-14",
    );
    expect(d.meetings.map((m) => m.date)).toEqual(["2023-06-13", "2023-05"]);
    expect(d.proposals.map((p) => [p.speaker, p.meeting])).toEqual([["Pham Minh Chinh", 0]]);
  });

  it("a lead restated later is one act, linked to the meeting reported after it", () => {
    const d = run(
      "Prime Minister Pham Minh Chinh has proposed that Singapore help Vietnam develop a digital platform. He made the proposal during a meeting with Singaporean Prime Minister Lee Hsien Loong on June 13. Chinh proposed that Singapore help Vietnam develop digital platforms and push digital transformation.",
      "2023-06-14",
    );
    expect(d.proposals).toHaveLength(1);
    expect(d.proposals[0]).toMatchObject({ speaker: "Pham Minh Chinh", kind: "proposal", meeting: 0 });
    expect(d.proposals[0].evidence).toHaveLength(2);
  });

  it("conveying a desire to sign is a proposal", () => {
    const d = run(`${INTRO}Scholz conveyed his government's desire to sign a labour agreement with Vietnam.`, "2022-11-13");
    expect(d.proposals[0]).toMatchObject({ speaker: "Olaf Scholz", kind: "proposal" });
    expect(d.proposals[0].text).toContain("sign a labour agreement");
  });

  it("two acts in one sentence are two proposals; 'and' inside one act is not", () => {
    const d = run(
      `${INTRO}He suggested Scholz continue working closely with the ministry and urged German agencies to diversify measures and boost trade, saying ties were strong.`,
      "2022-11-13",
    );
    expect(d.proposals.map((p) => [p.kind, p.text])).toEqual([
      ["suggestion", "Scholz continue working closely with the ministry"],
      ["call", "German agencies to diversify measures and boost trade"],
    ]);
    expect(d.proposals[1].topics).toContain("trade");
  });

  it("'who proposed' and 'X, for his part, pressed' attribute to the right speaker", () => {
    const d = run(
      `${INTRO}Scholz, for his part, pressed his hosts to take a clear position on the war. Scholz also paid a courtesy call on Party General Secretary Nguyen Phu Trong, who proposed that both sides build on the achievements.`,
      "2022-11-13",
    );
    expect(d.proposals.map((p) => p.speaker)).toEqual(["Olaf Scholz", "Nguyen Phu Trong"]);
  });

  it("statements, hopes, praise, pledges, intentions and nouns are not proposals", () => {
    const d = run(
      `${INTRO}The EU urged Vietnam to act. Scholz said Germany wants to invite Vietnamese lawmakers. Chinh hoped the two sides would sign the deal. Scholz praised Vietnam and pledged support. He made the proposal at the invitation of Chinh. A press conference followed. Scholz paid a courtesy call on Nguyen Phu Trong.`,
      "2022-11-13",
    );
    expect(d.proposals).toEqual([]);
  });
});
