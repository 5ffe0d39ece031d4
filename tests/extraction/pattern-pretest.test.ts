// The pre-test that lets rules skip cue patterns (mayMatch) must never skip a pattern that matches: it is read from
// the pattern's own leading literals, so any cue list can be checked against any text.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cues, instrumentHeads } from "../../src/extraction/gazetteers.ts";
import { cuePattern, cueTest, escapeRe, leadingLiterals, matchForm, mayMatch, mayMatchCue } from "../../src/extraction/text.ts";
import { requiredClause, requiredLiterals } from "../../src/extraction/cue-literals.ts";

describe("leadingLiterals", () => {
  it("reads the words a match must begin with", () => {
    expect(leadingLiterals(String.raw`\b(?:held|hold) (?:a |an )?talks\b`)).toEqual(["held ", "hold "]);
    expect(leadingLiterals(String.raw`\b(?:to|will) meet\b`)).toEqual(["to meet", "will meet"]);
    expect(leadingLiterals(String.raw`\bcalls? on`)).toEqual(["call"]);
    expect(leadingLiterals(String.raw`(?<![\p{L}\p{N}])(?:abc|de f)(?![\p{L}])`)).toEqual(["abc", "de f"]);
    // An optional first group: the match begins with it or with what follows it.
    expect(leadingLiterals(String.raw`\b(?:(last|next)\s+)?(Monday|Friday)\b`)).toEqual(["last", "next", "monday", "friday"]);
    // A literal containing another adds nothing.
    expect(leadingLiterals(String.raw`\b(?:wish|wished|mou|mous)\b`)).toEqual(["mou", "wish"]);
  });

  it("gives up when a match may begin with anything", () => {
    expect(leadingLiterals(String.raw`x|\s+y`)).toBeNull();
    expect(leadingLiterals(String.raw`(?:a )?\d+`)).toBeNull();
    expect(leadingLiterals(String.raw`[A-Z]+ talks`)).toBeNull();
    expect(leadingLiterals(String.raw`(?:a|)`)).toBeNull();
  });
});

describe("mayMatch", () => {
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
    /\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  ];
  // Case changes, and the two letters that match ASCII ones under the u and i flags ("ſ" for s, the Kelvin sign for k).
  const variants = (t: string) => [t, t.toUpperCase(), t.replace(/\b\w/g, (c) => c.toUpperCase()), t.replace(/s/g, "ſ"), t.replace(/k/g, "\u212A")];

  it("never rules out a pattern that matches", () => {
    let skipped = 0;
    const missed: string[] = [];
    for (const re of patterns) {
      const once = new RegExp(re.source, re.flags.replace("g", ""));
      for (const line of lines)
        for (const v of variants(line)) {
          if (mayMatch(re, matchForm(v))) continue;
          skipped++;
          if (once.test(v)) missed.push(`${re.source.slice(0, 40)}: ${v.slice(0, 80)}`);
        }
    }
    expect(missed).toEqual([]);
    // It does rule most out, or it would be no use.
    expect(skipped).toBeGreaterThan(lines.length * patterns.length);
  });

  it("rules out by the literal, not by chance", () => {
    const re = /\b(?:held|hold) talks with\b/giu;
    expect(mayMatch(re, matchForm("The ministers held talks with their counterparts."))).toBe(true);
    expect(mayMatch(re, matchForm("The ministers met their counterparts."))).toBe(false);
    expect(mayMatch(re, matchForm("HELD TALKS WITH"))).toBe(true);
    expect(mayMatch(/\bpaid a visit\b/iu, matchForm("paid a viſit"))).toBe(true);
  });
});

describe("cuePattern", () => {
  const dir = join(import.meta.dirname, "corpus/dev");
  const text = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
  // Word characters of every kind before and inside the cues: "ſ" and the Kelvin sign are word characters under i and u.
  const glued = ["held talks with", "talks", "met with", "memorandum", "joined by", "the two leaders", "kept", "signed"]
    .flatMap((w) => ["x", "_", "1", "é", "ſ", "\u212A", "-", " ", "\u{1D400}"].map((p) => `${p}${w} ${w.replace(/s/g, "ſ")} ${w.replace(/k/g, "\u212A")}`))
    .join(" ");
  const all = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

  it("finds what the pattern with a leading \\b finds", () => {
    const sources = [
      ...cues.meetingVerbs.map((v) => `\\b${v.pattern}\\b`),
      ...Object.keys(cues.proposalVerbs).map((p) => `\\b(?:${p})\\b`),
      `\\b(?:${cues.companions.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`,
      String.raw`\b(?:kept|signed|talks|memorandum)\b`,
    ];
    for (const source of sources) {
      const fast = cuePattern(source, "giu");
      expect(fast.source.startsWith("(?<!"), source).toBe(true);
      const plain = new RegExp(source, "giu");
      for (const t of [text, glued, glued.toUpperCase()]) expect(all(fast, t), source).toEqual(all(plain, t));
    }
  });

  it("keeps \\b where a match may begin with a character that is not a word character, or without the i and u flags", () => {
    expect(cuePattern(String.raw`\b(?:talks|-based)\b`, "giu").source).toBe(String.raw`\b(?:talks|-based)\b`);
    expect(cuePattern(String.raw`\b\d+ talks`, "giu").source).toBe(String.raw`\b\d+ talks`);
    expect(cuePattern(String.raw`\btalks\b`, "gi").source).toBe(String.raw`\btalks\b`);
  });
});

describe("mayMatchCue", () => {
  const alternation = (words: string[]) => words.map((w) => escapeRe(w).replace(/\s+/g, "\\s+")).join("|");
  const dir = join(import.meta.dirname, "corpus/dev");
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n/));
  const patterns = [
    ...cues.meetingVerbs.map((v) => cuePattern(`\\b${v.pattern}\\b`, "giu")),
    ...Object.keys(cues.proposalVerbs).map((p) => cuePattern(`\\b(?:${p})\\b`, "giu")),
    cuePattern(`\\b(${alternation(Object.keys(cues.meetingNouns))})\\b`, "giu"),
    cuePattern(`\\b(${alternation(Object.keys(instrumentHeads))})\\b`, "giu"),
    /\b(?:held|hold) talks with\b/giu,
    // A literal inside another ("phone" in "telephone"): at a word start the longer one must still be asked.
    cuePattern(String.raw`\b(?:telephone\s+talks|phone\s+talks)\b`, "giu"),
  ];
  // Case changes, the letters that match ASCII ones under u and i, and characters before the cues' words: word
  // characters of several kinds (which the word start rules out) and others ("İ" lower-cases to "i" and a combining dot).
  const variants = (t: string) => [
    t,
    t.toUpperCase(),
    t.replace(/s/g, "ſ"),
    t.replace(/k/g, "\u212A"),
    ...["x", "ſ", "\u212A", "é", "İ", "\u{1D400}", "-", "_"].map((p) => t.replace(/\b(\w)/g, `${p}$1`)),
  ];

  it("never rules out a pattern that matches, and rules out at least as many as mayMatch does", () => {
    let skipped = 0;
    let skippedBefore = 0;
    const missed: string[] = [];
    for (const re of patterns) {
      const test = cueTest(re);
      const once = new RegExp(re.source, re.flags.replace("g", ""));
      for (const line of lines)
        for (const v of variants(line)) {
          const lower = matchForm(v);
          if (!mayMatch(re, lower)) skippedBefore++;
          if (mayMatchCue(test, lower)) continue;
          skipped++;
          if (once.test(v)) missed.push(`${re.source.slice(0, 40)}: ${v.slice(0, 80)}`);
        }
    }
    expect(missed).toEqual([]);
    expect(skipped).toBeGreaterThanOrEqual(skippedBefore);
  });

  it("asks for the literal at a word's start only where the pattern opens with the word-start look-behind", () => {
    const fast = cueTest(cuePattern(String.raw`\bheld talks\b`, "giu"))!;
    expect(fast.leads).not.toBeNull();
    expect(mayMatchCue(fast, matchForm("They held talks."))).toBe(true);
    expect(mayMatchCue(fast, matchForm("Upheld talks."))).toBe(false);
    const plain = cueTest(/\bheld talks\b/gi)!;
    expect(plain.leads).toBeNull();
    expect(mayMatchCue(plain, matchForm("Upheld talks."))).toBe(true);
    expect(cueTest(/\d+ talks/giu)).toBeNull();
    const inside = cueTest(cuePattern(String.raw`\b(?:telephone talks|phone talks)\b`, "giu"))!;
    expect(mayMatchCue(inside, matchForm("their telephone talks"))).toBe(true);
    // Another alternative at the top level without a word start: no word-start keys.
    expect(cueTest(cuePattern(String.raw`\bheld talks|talks held`, "giu"))!.leads).toBeNull();
  });
});

describe("requiredLiterals", () => {
  it("reads every literal run of each alternative, past atoms that are not literals", () => {
    expect(requiredLiterals(String.raw`\b(?:in\s+the\s+presence\s+of|joined\s+by)\b`)).toEqual([
      ["in", "the", "presence", "of"],
      ["joined", "by"],
    ]);
    // An optional part adds nothing and ends a run; a repeated one keeps its first copy.
    expect(requiredLiterals(String.raw`(?:held|had) (?:a |an )?(?:phone|telephone) calls? with`)).toEqual([
      ["held ", "phone call", " with"],
      ["held ", "telephone call", " with"],
      ["had ", "phone call", " with"],
      ["had ", "telephone call", " with"],
    ]);
    expect(requiredLiterals(String.raw`['’]s\s+(?:phone\s+)?call\s+with\b`)).toEqual([["s", "call", "with"]]);
    expect(requiredLiterals(String.raw`(?:ab)+cd`)).toEqual([["ab", "cd"]]);
    expect(requiredLiterals(String.raw`(?<!x)talks (?!with )[^.;]{1,80}? with`)).toEqual([["talks ", " with"]]);
    expect(requiredLiterals(String.raw`\u00a0talks\x20\1`)).toEqual([["talks"]]);
  });

  it("gives up when an alternative needs no literal, or on syntax it does not read", () => {
    expect(requiredLiterals(String.raw`x|\s+`)).toBeNull();
    expect(requiredLiterals(String.raw`(?:a )?\d+`)).toBeNull();
    expect(requiredLiterals(String.raw`(?:a|)`)).toBeNull();
    expect(requiredLiterals(String.raw`a{x`)).toBeNull();
  });
});

describe("requiredClause", () => {
  it("takes one literal of each alternative, past the first", () => {
    expect(requiredClause(String.raw`\b(?:at|during|in) (?:an? |the )?interaction with\b`)).toEqual(["interaction with"]);
    expect(requiredClause(String.raw`\b(?:to|will) (?:also )?(?:host|receive)\b`)).toEqual(["host", "receive"]);
    expect(requiredClause(String.raw`\b(?:to|will) (?:host|receive)\b`)).toEqual(["to host", "will host", "to receive", "will receive"]);
    // ("meets" holds "meet": one of the two is enough.)
    expect(requiredClause(String.raw`\b(?:meet|meets)\b`)).toEqual(["meet"]);
    expect(requiredClause(String.raw`\d+ talks|x`)).toEqual(["x", " talks"]);
    expect(requiredClause(String.raw`\s+`)).toBeNull();
  });

  it("never rules out a meeting verb that matches", () => {
    const dir = join(import.meta.dirname, "corpus/dev");
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n/));
    const variants = (t: string) => [t, t.toUpperCase(), t.replace(/s/g, "ſ"), t.replace(/k/g, "\u212A")];
    const missed: string[] = [];
    let asked = 0;
    for (const v of cues.meetingVerbs) {
      const re = cuePattern(`\\b${v.pattern}\\b`, "iu");
      const clause = requiredClause(re.source);
      if (clause === null) continue;
      asked++;
      for (const line of lines)
        for (const t of variants(line)) {
          const lower = matchForm(t);
          if (!clause.some((w) => lower.includes(w)) && re.test(t)) missed.push(`${v.pattern.slice(0, 40)}: ${t.slice(0, 80)}`);
        }
    }
    expect(missed).toEqual([]);
    expect(asked).toBeGreaterThan(cues.meetingVerbs.length / 2);
  });
});
