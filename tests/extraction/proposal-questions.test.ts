// A question asks whether an act was made; it makes none (issue #11, proposals): "Minister, did you ask Chile for ...?"
// in a press conference's questions is no request, while the answer's "I asked ..." is.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-05-06",
  "Press conference by Foreign Minister Ana Holm",
  "",
  "Ana Holm: Good afternoon. I held talks today with Foreign Minister Diego Rojas of Chile.",
  "",
  "Question (TT): Minister Holm, did you ask Chile for more lithium exports?",
  "",
  "Ana Holm: Yes. I asked Minister Rojas to open the lithium tender to Swedish firms.",
  "",
  "Question (SVT): Will the Chilean minister invite Swedish investors to the Atacama projects?",
].join("\n");

describe("acts inside questions", () => {
  it("only the answer's act counts", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.proposals.map((p) => [p.speaker, p.kind, p.text])).toEqual([["Ana Holm", "request", "Minister Rojas to open the lithium tender to Swedish firms"]]);
  });
});
