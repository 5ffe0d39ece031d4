// Transcripts: the speaker labels that open each turn ("Vladimir Putin: ...", "Prime Minister Tusk: ..."), so that a
// turn's first person ("I propose ...", "I held talks with ...") is the official its label names.
import type { Doc } from "./doc.ts";
import { styles, titleWords } from "./gazetteers.ts";
import { fold, nameKey } from "./text.ts";

// A label's pieces, one source for both kinds of label below: a capitalised word of a name or an office, and a note
// in brackets before the colon ("(retranslated)", "(via interpreter)").
const LABEL_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const LABEL_NOTE = String.raw`\([^)\n]{1,30}\)`;

// A transcript's speaker label opening a line: "Vladimir Putin: Comrade General Secretary, ...", "To Lam (retranslated): ...".
// ("Prime Minister Jonas Gahr Støre:" alone on its line, the turn below it.)
// ("DR. A B C, UAE MINISTER OF STATE FOR FOREIGN TRADE: Well, ...": a rush transcript's name in capitals with its style
// before it and its office after a comma.)
const LABEL_RE = new RegExp(String.raw`^(${LABEL_WORD}(?: ${LABEL_WORD}){0,6})(?:, [^:\n"“]{1,80})?(?: ${LABEL_NOTE})?:(?:[ \t]|\r?\n)`, "gmu");
// A speaker label opening a sentence rather than a line (a transcript run together into paragraphs): capitalised words,
// a title's "of", "for", "and", "the" and commas among them, then the colon and the words said.
const SENTENCE_LABEL_RE = new RegExp(String.raw`^(?:${LABEL_WORD}|of|for|and|the|,)(?:\s+(?:${LABEL_WORD}|of|for|and|the|,)|,){0,15}(?:\s+${LABEL_NOTE})?:\s+(?=\S)`, "u");

/** The length of the speaker label that opens a sentence's text ("DR. A B, UAE MINISTER OF STATE FOR FOREIGN TRADE: "), 0 for none. */
export function sentenceLabelLength(text: string): number {
  // A label ends in a colon; without one (most sentences) the pattern would try its run of words and commas and fail.
  if (!text.includes(":")) return 0;
  return SENTENCE_LABEL_RE.exec(text)?.[0].length ?? 0;
}

const labelCache = new WeakMap<Doc, { at: number; entity: number }[]>();

/** The officials a transcript's speaker labels name, with where each turn starts (one pass over the text per document). */
function transcriptTurns(doc: Doc): { at: number; entity: number }[] {
  let turns = labelCache.get(doc);
  if (turns) return turns;
  turns = [];
  for (const m of doc.text.matchAll(LABEL_RE)) turns.push({ at: m.index!, entity: labelEntity(doc, m[1]) });
  labelCache.set(doc, turns);
  return turns;
}

const styleWords = new Set(styles.filter((st) => st.length === 1).map((st) => st[0].replace(/\.$/, "")));

/** The official a speaker label names: the name itself, or ("Prime Minister Jonas Gahr Støre:", "Prime Minister Tusk:",
 * "AL ZEYOUDI:") the words of one official's name, perhaps after title words; -1 for none. */
function labelEntity(doc: Doc, label: string): number {
  const key = nameKey(label);
  const whole = doc.officials.findIndex((o) => o.key === key);
  if (whole >= 0) return whole;
  const words = label.split(/\s+/).map((w) => fold(w).replace(/\.$/, ""));
  let k = 0;
  while (k < words.length - 1 && (titleWords.has(words[k]) || styleWords.has(words[k]))) k++;
  // ("AL ZEYOUDI:" after the first turn's full label: the words of one official's name, with no title before them.)
  if (k === 0 && words.length > 3) return -1;
  const rest = words.slice(k);
  const named = doc.officials.filter((o) => rest.every((w) => o.parts.includes(w)));
  return named.length === 1 ? named[0].id : -1;
}

/** The official whose label opens the turn that text offset `at` stands in, or null (by binary search over the turns: a
 * long transcript has many turns and many acts). */
export function turnSpeakerAt(doc: Doc, at: number): number | null {
  const turns = transcriptTurns(doc);
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  const entity = lo > 0 ? turns[lo - 1].entity : -1;
  return entity >= 0 ? entity : null;
}

/** The officials a transcript's labels name, each once, in order of their first turn. */
export function transcriptSpeakers(doc: Doc): number[] {
  return [...new Set(transcriptTurns(doc).map((t) => t.entity).filter((e) => e >= 0))];
}

/** The official whose turn answers the one text offset `at` stands in, when that turn is no official's (an interviewer's
 * question: "ANDERSON: Minister, you met X yesterday."), or null. */
export function answeringSpeakerAt(doc: Doc, at: number): number | null {
  const turns = transcriptTurns(doc);
  const k = turns.findIndex((t) => t.at > at);
  if (k <= 0 || turns[k - 1].entity >= 0) return null;
  return turns[k].entity >= 0 ? turns[k].entity : null;
}
