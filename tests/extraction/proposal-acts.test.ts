// Proposal acts on batches 03-10 (issue #11, proposals, sixth pass): a speaker whose name ends in a letter outside
// ASCII ("Erdoğan urged", "Erdoğan called on") is no determiner before a noun ("an urged", "an called"): the act
// is kept; an act told as denied ("did not invite", "never asked", "hasn't proposed") is none.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date = "2025-06-10") => run(body, date).proposals.map((p) => [p.speaker, p.kind]);

describe("speakers outside ASCII", () => {
  it.each([
    ["Erdoğan called on the international community to support Somalia's fight against piracy.", "call"],
    ["Erdoğan urged Mohamud to send more students to Turkish universities.", "call"],
    ["Erdoğan invited Mohamud to attend the Antalya Diplomacy Forum.", "invitation"],
  ])("%s", (sentence, kind) => {
    const doc = `President Recep Tayyip Erdoğan received Somali President Hassan Sheikh Mohamud in Ankara on Monday. ${sentence}`;
    expect(acts(doc)).toEqual([["Recep Tayyip Erdoğan", kind]]);
  });

  it("a determiner still makes the participle an adjective", () => {
    expect(acts("President Recep Tayyip Erdoğan received Somali President Hassan Sheikh Mohamud in Ankara on Monday. The two leaders discussed the proposed railway to Mogadishu.")).toEqual([]);
  });
});

describe("denied acts", () => {
  it.each([
    "Sheinbaum did not invite King Felipe VI to her inauguration.",
    "Sheinbaum never asked Spain to apologise for the Conquest.",
    "Sheinbaum hasn't proposed a date for the state visit.",
  ])("%s", (sentence) => {
    expect(acts(`Prime Minister Pedro Sanchez met President Claudia Sheinbaum in Mexico City on Monday. ${sentence}`)).toEqual([]);
  });

  it("an act after a denied one is kept", () => {
    expect(acts("Prime Minister Pedro Sanchez met President Claudia Sheinbaum in Mexico City on Monday. Sheinbaum did not attend the dinner but invited Sanchez to the Guadalajara book fair.")).toEqual([["Claudia Sheinbaum", "invitation"]]);
  });
});
