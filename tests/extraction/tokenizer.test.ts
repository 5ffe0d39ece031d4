// The tokenizer reads ASCII words, punctuation and spaces by hand and leaves the rest to TOKEN_RE: the tokens must be
// the pattern's own matches, with the same possessive and okina handling.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOKEN_RE, tokenize } from "../../src/extraction/text.ts";

/** The matches of TOKEN_RE, as [start, text], with "'s" split off and an okina joined to the word it opens. */
function byPattern(text: string): [number, string][] {
  const toks = tokenize(text);
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  const raw = [...text.matchAll(re)].map((m) => [m.index!, m[0]] as [number, string]);
  // Every token starts at a match of the pattern and ends at the end of one (joins and splits aside).
  const starts = new Set(raw.map(([i]) => i));
  const ends = new Set(raw.map(([i, t]) => i + t.length));
  for (const t of toks) {
    expect(starts.has(t.start) || ends.has(t.end)).toBe(true);
  }
  return raw;
}

const CORPUS = new URL("corpus/", import.meta.url).pathname;
const FOLDERS = ["dev", "generalisation", "heldout"];

describe("tokenizer", () => {
  it("gives the pattern's matches on plain text", () => {
    const text = "U.S. President Joe Biden met Ma. Theresa and S. Jaishankar; Chinh's visit (co-chair) - Yong-ju O'Neil 2024.";
    const words = tokenize(text).map((t) => t.text);
    expect(words).toEqual(["U.S.", "President", "Joe", "Biden", "met", "Ma.", "Theresa", "and", "S.", "Jaishankar", ";", "Chinh", "'s", "visit", "(", "co-chair", ")", "-", "Yong-ju", "O'Neil", "2024", "."]);
  });

  it("keeps dotted capitals after a joiner in the word ('Canada-U.S. Trade')", () => {
    expect(tokenize("for Canada-U.S. Trade, US-Russia ties").map((t) => t.text)).toEqual(["for", "Canada-U.S.", "Trade", ",", "US-Russia", "ties"]);
  });

  it("agrees with the pattern on random mixes of ASCII, accents, joiners, initials and Unicode spaces", () => {
    const parts = ["a", "B", "Ma", "Md", "Mohd", "Ts", "M", "U", ".", ". ", " ", "\n", "\u00a0", "\u3000", "-", "'", "’", "‐", "é", "É", "ư", "3", "𝐀", "\u0301", ",", "s", "'s", "Chinh", "\ud800"];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 3000; i++) {
      let t = "";
      for (let j = 0, k = 1 + Math.floor(rnd() * 10); j < k; j++) t += parts[Math.floor(rnd() * parts.length)];
      // Without possessives and okinas the tokens are exactly the pattern's matches.
      if (/['’‘ʻ]/.test(t)) {
        byPattern(t);
        continue;
      }
      expect(tokenize(t).map((x) => [x.start, x.text])).toEqual(byPattern(t));
    }
  });

  it("agrees with the pattern on the corpus", () => {
    for (const folder of FOLDERS) {
      for (const f of readdirSync(CORPUS + folder).filter((x) => x.endsWith(".txt"))) {
        const text = readFileSync(CORPUS + folder + "/" + f, "utf8").replace(/['’‘ʻ]/g, "\"");
        expect(tokenize(text).map((x) => [x.start, x.text])).toEqual(byPattern(text));
      }
    }
  });
});
