// "I have asked Piotr to consider ..., and I invited ...": a first person's act told in the perfect tense is an act of
// the turn's speaker, and its content stops before ", and I" (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-05-06",
  "Joint press conference with Prime Minister Ana Holm and Prime Minister Piotr Berg",
  "",
  "Ana Holm: Welcome to Stockholm. I have asked Piotr to consider Swedish suppliers for the new Polish nuclear plant, and I invited Polish universities to join our battery research network.",
].join("\n");

describe("a first-person act in the perfect tense", () => {
  it("is the labelled speaker's, with its content cut before the next clause", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.proposals.map((p) => [p.speaker, p.kind, p.text])).toEqual([
      ["Ana Holm", "request", "Piotr to consider Swedish suppliers for the new Polish nuclear plant"],
      ["Ana Holm", "invitation", "Polish universities to join our battery research network"],
    ]);
  });
});
