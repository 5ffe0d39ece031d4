// A portfolio word at the end of a long title is not the first word of the name after it
// (vocabulary.json `nouns`: "Public Credit", "Budget") (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("portfolio words before a name", () => {
  it.each([
    ["Mexico's Secretary of Finance and Public Credit Édgar Amador Zamora", "Édgar Amador Zamora", "Secretary of Finance and Public Credit"],
    ["Gabon's Minister of Economy and Budget Henri-Claude Oyima", "Henri-Claude Oyima", "Minister of Economy and Budget"],
  ])("%s", (phrase, name, title) => {
    const doc = run(`Hanoi (VNA) – Minister of Finance Nguyen Van Thang held a video call with ${phrase} on June 12.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title).toBe(title);
    expect(names(doc).some((n) => /^(?:Credit|Budget) /.test(n))).toBe(false);
  });
});
