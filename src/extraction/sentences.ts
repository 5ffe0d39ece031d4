// Sentence boundaries with offsets into the original text.
import type { Sentence } from "./types.ts";
// Given names abbreviated with a full stop ("Ma. Theresa Lazaro", "Md. Touhid Hossain", the Mongolian "Ts. Ganbat") end no sentence.
import { GIVEN_ABBREVIATIONS } from "./text.ts";

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc", "corp", "vs", "etc", "e.g", "i.e",
  "u.s", "u.k", "u.n", "jr", "sr", "dept", "approx", "est", "fig", "vol", "art",
  // Styles written with a full stop before a name ("H.E. Mahmoud Ali Youssouf", "Hon. Sitiveni Rabuka", "Amb. Albert Muchanga").
  "h.e", "h.h", "h.m", "h.r.h", "hon", "rt", "amb", "atty", "engr", "adv", "cde", "rev",
  // Professional and academic styles before a name ("Eng. Davis Chirchir", "Lic. Carlos Martínez", "Ing. Jan Novák").
  "eng", "lic", "licda", "ing", "dra", "arq", "mgr", "judr", "phdr", "mudr",
  // Military ranks and the retired mark ("Cmdr. Daniel Ruiz", "Maj. Gen. (Retd.) Aruna Jayasekara").
  "cmdr", "cdr", "cmdre", "cdre", "adm", "brig", "cpl", "pvt", "retd", "rtd",
]);

// Styles and ranks written with a full stop before a name: a line that stops on one ("met Prime Minister Dr.\nHarini
// Amarasuriya", "received H.E.\nAbbas Araghchi") was cut by a hard wrap inside a name, as one stopping on a given name's
// abbreviation ("Ma.\nTheresa Lazaro") was.
const NAME_OPENERS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "h.e", "h.h", "h.m", "h.r.h", "hon", "rt", "amb", "atty",
  "engr", "adv", "cde", "rev", "eng", "lic", "licda", "ing", "dra", "arq", "mgr", "judr", "phdr", "mudr", "cmdr", "cdr", "cmdre",
  "cdre", "adm", "brig",
]);
const LAST_ABBREVIATION_RE = /(?:^|[\s(])([\p{L}.]+)\.$/u;

/** LAST_ABBREVIATION_RE's word, read back from the end of `line`: the pattern, tried from every position of a long line,
 * can only match on the run of letters and dots that ends it. A non-ASCII character in that run or right before it goes
 * to the pattern itself. */
function lastAbbreviation(line: string): string | undefined {
  const n = line.length;
  if (n < 2 || line.charCodeAt(n - 1) !== 46) return undefined;
  let q = n - 1;
  for (; q > 0; q--) {
    const c = line.charCodeAt(q - 1);
    if (c >= 128) return LAST_ABBREVIATION_RE.exec(line)?.[1];
    if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  if (q === n - 1) return undefined;
  if (q > 0) {
    const c = line.charCodeAt(q - 1);
    if (!(c === 32 || c === 40 || (c >= 9 && c <= 13))) return undefined;
  }
  return line.slice(q, n - 1);
}

/** Does `line` stop on a style or a given name's abbreviation and its full stop ("... Prime Minister Dr.")? */
export function stopsBeforeName(line: string): boolean {
  const word = lastAbbreviation(line);
  return !!word && (NAME_OPENERS.has(word.toLowerCase()) || GIVEN_ABBREVIATIONS.has(word));
}

/** Does `line` stop on an abbreviation's full stop ("... barriers to U.S.", "... such as e.g.") rather than a sentence's? */
export function stopsOnAbbreviation(line: string): boolean {
  const word = lastAbbreviation(line);
  return !!word && (ABBREVIATIONS.has(word.toLowerCase()) || DOTTED_RE.test(word));
}
// "U.S", "a.m", "p.m": letters each followed by a full stop (the last one taken off by the caller's pattern).
const DOTTED_RE = /^(?:\p{L}\.)+\p{L}$/u;

// "D.N. Dhungyel", "K. Shanmugam": initials, dotted or not, before a name.
const INITIALS_RE = /^(?:\p{Lu}\.){0,3}\p{Lu}$/u;

// The lookbehind starts a match only at the first mark of a run, so a run of dots costs one scan, not one per dot.
const BOUNDARY_RE = /(?<![.!?])[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
// The longest span treated as one sentence (the longest in the annotated corpora is about 520
// characters). Every component works sentence by sentence, so this cap is what keeps their cost
// linear in the document's length on text without full stops.
export const MAX_SENTENCE = 1000;

// Abbreviations that close a name or a phrase and so may close a sentence too ("... met President Ferdinand Marcos Jr.
// The two leaders ...", "... subsidiaries of Acme Inc. They ..."), and the words that open a sentence after one.
const CLOSING_ABBREVIATIONS = new Set(["jr", "sr", "etc", "inc", "ltd", "corp", "co", "u.s", "u.k", "u.n"]);
const SENTENCE_OPENER_RE = /^\s+["“‘(]?(?:The|He|She|They|It|Its|His|Her|Their|This|That|These|Those|In|On|At|A|An|But|Both|However|Meanwhile|Later|Earlier|According|During|After|Before|Also|We|I)\s/u;

/** Does a full stop after `word`, one of CLOSING_ABBREVIATIONS, end the sentence: is the next word one that opens one? */
function endsOnAbbreviation(word: string, slice: string, after: number): boolean {
  return CLOSING_ABBREVIATIONS.has(word.toLowerCase()) && SENTENCE_OPENER_RE.test(slice.slice(after, after + 14));
}

/** Splits text[from, to) into sentences; each keeps its offsets into `text`. */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  const slice = text.slice(from, to);
  let segStart = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(slice))) {
    const before = slice.slice(Math.max(0, m.index - 12), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    if (m[0].startsWith(".") && (ABBREVIATIONS.has(word.toLowerCase()) || INITIALS_RE.test(word) || GIVEN_ABBREVIATIONS.has(word)) && !endsOnAbbreviation(word, slice, m.index + m[0].length)) continue;
    push(out, text, from + segStart, from + m.index + m[0].length);
    segStart = m.index + m[0].length;
  }
  push(out, text, from + segStart, to);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // An over-long span is cut at its last space before the cap (or at the cap in an unbroken word).
  while (end - start > MAX_SENTENCE) {
    // Searched in the second half of the window only: lastIndexOf would otherwise walk back over
    // the whole text before a long run without spaces.
    const half = start + MAX_SENTENCE / 2;
    const space = text.slice(half, start + MAX_SENTENCE + 1).lastIndexOf(" ");
    const cut = space > 0 ? half + space : start + MAX_SENTENCE;
    push(out, text, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end - start < 2 || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
  out.push({ start, end, text: text.slice(start, end) });
}
