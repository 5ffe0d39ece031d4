// wordStart rewrites a cue pattern's leading \b as a look-behind (V8 scans for the pattern's first letters far faster
// then): every match, capture and position must stay the same, on the corpus and on the letters that behave
// differently under the u and i flags ("ſ" and the Kelvin sign are word characters there, astral characters are one).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cues, instrumentHeads } from "../../src/extraction/gazetteers.ts";
import { escapeRe, wordStart } from "../../src/extraction/text.ts";

const dir = join(import.meta.dirname, "corpus/dev");
const lines = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n/));
const alternation = (words: string[]) => words.map((w) => escapeRe(w).replace(/\s+/g, "\\s+")).join("|");
const patterns = [
  ...cues.meetingVerbs.map((v) => new RegExp(`\\b${v.pattern}\\b`, "giu")),
  ...Object.keys(cues.proposalVerbs).map((p) => new RegExp(`\\b(?:${p})\\b`, "giu")),
  ...Object.values(cues.statusCues).map((list) => new RegExp(`\\b(?:${alternation(list)})`, "giu")),
  new RegExp(`\\b(${alternation(Object.keys(cues.meetingNouns))})\\b`, "giu"),
  new RegExp(`\\b(${alternation(Object.keys(instrumentHeads))})\\b`, "giu"),
  new RegExp(`\\b(?:${cues.plannedCues.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i"),
  /\b(he|she|him)\b/gi,
  /\b(?:(?:later|earlier|early|late)\s+)?(this|next|last)\s+week\b/gi,
  /\b(?:sugges|propos|urg|call|press|appeal|ask|request|recommend|invit|convey)/i,
];
// Case changes, the letters that fold to ASCII ones under the u and i flags, and characters before and after a word.
const EDGES = ["ſ", "\u212A", "_", "é", "\u{1D400}", "\uDC00"];
const variants = (t: string) => [
  t,
  t.toUpperCase(),
  t.replace(/s/g, "ſ"),
  t.replace(/k/g, "\u212A"),
  ...EDGES.map((c) => t.replace(/ /g, ` ${c}`)),
  ...EDGES.map((c) => t.replace(/ /g, `${c} `)),
];
const global = (re: RegExp) => (re.global ? re : new RegExp(re.source, `${re.flags}g`));
const matches = (g: RegExp, text: string) => JSON.stringify([...text.matchAll(g)].map((m) => [m.index, ...m]));

describe("wordStart", () => {
  it("rewrites the leading \\b of case-insensitive patterns that begin with a letter", () => {
    expect(wordStart(/\b(?:met|meets) with\b/giu).source).toBe(String.raw`(?<![\w\u017f\u212a])(?:met|meets) with\b`);
    expect(wordStart(/\b(he|she)\b/gi).source).toBe(String.raw`(?<!\w)(he|she)\b`);
    expect(wordStart(/\b(?:co-)?chaired\b/iu).flags).toBe("iu");
  });

  it("leaves patterns whose \\b could mean more than the character before", () => {
    for (const re of [/\b(?:with| with)/i, /\b(?:-|a)/i, /\b\d+ talks/i, /\bheld\b/g, /x\bheld/i, /\b[A-Z]+ talks/i]) expect(wordStart(re)).toBe(re);
  });

  it("finds the same matches as the pattern it rewrites", () => {
    const differ: string[] = [];
    let rewritten = 0;
    for (const re of patterns) {
      const fast = wordStart(re);
      if (fast !== re) rewritten++;
      const [a, b] = [global(re), global(fast)];
      for (const line of lines) for (const v of variants(line)) if (matches(a, v) !== matches(b, v)) differ.push(`${re.source.slice(0, 40)}: ${v.slice(0, 80)}`);
    }
    expect(differ).toEqual([]);
    expect(rewritten).toBe(patterns.length);
  });

  it("agrees with \\b for every character before a word", () => {
    const differ: number[] = [];
    for (const [re, fast] of [/\bs/giu, /\bk/giu, /\bs/gi, /\bk/gi].map((re) => [re, wordStart(re)])) {
      for (let c = 0; c < 0x110000; c += c < 0x3000 ? 1 : 61) {
        const ch = c >= 0xd800 && c < 0xe000 ? String.fromCharCode(c) : String.fromCodePoint(c);
        for (const t of [`${ch}s`, `${ch}k`, `${ch}\u017f`, `${ch}\u212A`, `a${ch}sk`])
          if (matches(re, t) !== matches(fast, t)) differ.push(c);
      }
    }
    expect(differ).toEqual([]);
  });
});
