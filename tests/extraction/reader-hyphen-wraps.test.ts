// A hard wrap after a hyphen inside a name ("Beate Meinl-\nReisinger"): the reader joins the lines and the rules read the
// word whole, as the report means it (issue #11, names).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { names } from "./helpers.ts";

const text = [
  " date 2026-10-14",
  "Austria and Slovakia agree closer energy cooperation",
  "Vienna, 14 October 2026 (APA) - Federal Chancellor Karl Berger",
  "received Slovak Prime Minister Jan Hudak for talks at the Federal",
  "Chancellery in Vienna on Tuesday. The two heads of government",
  "discussed energy security and the situation in Ukraine, the office said",
  "The talks were also attended by Foreign Minister Anna Leitner-",
  "Kofler and her Slovak counterpart Peter Kovac. According to the",
  "statement, Berger proposed that the two countries set up a joint",
  "working group on gas transit and storage, to report by the spring.",
  "Leitner-Kofler and Kovac had already held talks on Monday evening.",
].join("\n");

describe("a wrap after a hyphen inside a name", () => {
  it("reads 'Anna Leitner-\\nKofler' as one name, written without the break", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(names(doc)).toContain("Anna Leitner-Kofler");
    expect(names(doc)).not.toContain("Anna Leitner");
    const o = doc.officials.find((x) => x.name === "Anna Leitner-Kofler")!;
    expect(o.evidence[0].text).toBe("Anna Leitner-\nKofler");
  });

  it("a dash ending a line before a capital is not joined as a word", () => {
    const doc = extract(" date 2026-10-14 Talks\nPresident Karl Berger received Prime Minister Jan Hudak in Vienna on Tuesday -\nThe talks were long.", { source: "t.txt" });
    expect(names(doc)).toEqual(expect.arrayContaining(["Karl Berger", "Jan Hudak"]));
  });
});

describe("what the output quotes", () => {
  it("holds no joiner mark where the wrap was", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(JSON.stringify({ ...doc, sentences: [] })).not.toContain("\u034f");
  });
});
