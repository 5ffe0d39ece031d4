// A hard-wrapped report whose line was cut on a word before a quotation (issue #11, reader): the next line opening with
// the quotation mark goes on the same sentence, so the act after it keeps its speaker and its quoted words.
import { describe, expect, it } from "vitest";
import { extract, readDocument } from "../../src/extraction/index.ts";

const text = [
  " date 2026-04-17",
  "WEEKLY REGIONAL BRIEFING -- Friday 17 April 2026",
  "",
  "Slovak Prime Minister Jan Moravec was hosted on Tuesday by his Austrian",
  "counterpart Lukas Brenner in Vienna, a year after the two neighbours",
  "opened a joint cargo terminal. Moravec invited Austrian hauliers to use the",
  "\"Danube Gate\" rail corridor, and asked Vienna to extend the opening hours",
  "of the Kittsee crossing before the harvest season. A transit protocol",
  "\"is being finalised,\" officials in Bratislava said.",
].join("\n");

describe("a wrap before an opening quotation mark", () => {
  it("joins the quotation's line to the sentence before it", () => {
    const read = readDocument(text);
    expect(read.sentences.some((s) => s.text.startsWith("Moravec invited Austrian hauliers to use the\n\"Danube Gate\" rail corridor, and asked Vienna"))).toBe(true);
    expect(read.sentences.some((s) => s.text === "A transit protocol\n\"is being finalised,\" officials in Bratislava said.")).toBe(true);
  });

  it("keeps both acts, the second with its speaker", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.proposals.map((p) => [p.speaker, p.kind, p.text])).toEqual([
      ["Jan Moravec", "invitation", "Austrian hauliers to use the \"Danube Gate\" rail corridor"],
      ["Jan Moravec", "request", "Vienna to extend the opening hours of the Kittsee crossing before the harvest season"],
    ]);
  });
});
