// Proposal acts on batches 03-10 (issue #11, proposals, sixth pass): a speaker whose name ends in a letter outside
// ASCII ("Erdoğan urged", "Erdoğan called on") is no determiner before a noun ("an urged", "an called"): the act
// is kept.
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
