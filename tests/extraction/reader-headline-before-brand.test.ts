// A headline on its own line under a bare date header, followed by the outlet's brand line in lower case ("dailymirror |
// world edition"), is the headline: the lower-case line after it is page furniture, not the rest of a wrapped sentence
// (issue #11, reader).
import { describe, expect, it } from "vitest";
import { extract, readDocument } from "../../src/extraction/index.ts";

describe("a headline before a lower-case brand line", () => {
  const text = [
    " date 2026-06-05",
    "Ortiz meets Lamb and Okafor in Seville, three-way talks set for Saturday",
    "globalpost | english edition",
    "World | Politics | Business",
    "",
    "President Maria Ortiz held talks with British Prime Minister Oliver Lamb in Seville on Thursday.",
  ].join("\n");

  it("is read as the headline, not as a sentence", () => {
    const r = readDocument(text);
    expect(r.title).toBe("Ortiz meets Lamb and Okafor in Seville, three-way talks set for Saturday");
    expect(r.sentences.map((s) => s.text).some((t) => t.startsWith("Ortiz meets"))).toBe(false);
  });

  it("a sentence run on to a lower-case line is still no headline", () => {
    expect(readDocument(" date 2026-06-05\nThe two presidents met in Seville on Thursday and\nagreed to build a bridge.").title).toBeNull();
  });

  it("the headline tells no encounter of its own", () => {
    const told = extract(text, { source: "t.txt" }).meetings.filter((m) => m.date === "2026-06-05" || m.date === "2026-06-06");
    expect(told).toEqual([]);
  });
});
