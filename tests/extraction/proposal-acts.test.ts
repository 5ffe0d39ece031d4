// Proposal acts on batches 03-10 (issue #11, proposals, sixth pass): a speaker whose name ends in a letter outside
// ASCII ("Erdoğan urged", "Erdoğan called on") is no determiner before a noun ("an urged", "an called"): the act
// is kept; an act told as denied ("did not invite", "never asked", "hasn't proposed") is none; a role noun that
// resolves to the act's named addressee ("The head of state invited Serdar Berdimuhamedov") names the one other
// holder of that title.
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

describe("a role noun and its addressee", () => {
  const visit =
    "President Ilham Aliyev received Deputy Prime Minister Khojamyrat Geldimyradov in Baku on Monday and recalled his talks with President Serdar Berdimuhamedov in Ashgabat in January.";
  it("the head of state who invites one president is the other", () => {
    expect(acts(`${visit} The head of state invited Serdar Berdimuhamedov to attend the Baku Energy Week in June.`)).toEqual([["Ilham Aliyev", "invitation"]]);
  });
  it("with no other holder of the title the act has no known speaker", () => {
    expect(acts(`${visit} The deputy prime minister invited Khojamyrat Geldimyradov to attend the Baku Energy Week in June.`)).toEqual([]);
  });
});
