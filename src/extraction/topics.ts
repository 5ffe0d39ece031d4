// Topics: the controlled sector vocabulary of data/topics.json, matched on word boundaries.
import type { Doc } from "./doc.ts";
import { topicCues } from "./gazetteers.ts";
import { escapeRe, fold } from "./text.ts";

// One pass over the text: a single alternation of every cue, longest first, mapped back to its topic.
// Cues of three letters or fewer ("IT", "ODA", "FDI") must match in capitals, so "it" the pronoun never counts.
const longCue = new Map<string, string[]>();
const shortCue = new Map<string, string[]>();
for (const [topic, words] of Object.entries(topicCues)) {
  for (const w of words) {
    const [map, key] = w.length > 3 ? [longCue, fold(w)] : [shortCue, w.toUpperCase()];
    const list = map.get(key) ?? [];
    list.push(topic);
    map.set(key, list);
  }
}
const alternation = (keys: string[]) => keys.sort((a, b) => b.length - a.length).map(escapeRe).join("|");
// Not a letter or digit on either side. The ASCII test comes first: the engine makes it inline, and only the positions
// it lets through pay for the Unicode table look-up, which ran at every position of the text.
const WORD_EDGE = ["(?<![A-Za-z0-9])(?<![\\p{L}\\p{N}])", "(?![A-Za-z0-9])(?![\\p{L}\\p{N}])"];
// The long cues run over the whole folded text: without the look-behinds the engine can skip ahead to where a cue may
// begin, and the letter or digit before a match is tested here (twice as fast on the corpus, same matches).
const LONG_RE = new RegExp(`(?:${alternation([...longCue.keys()])})${WORD_EDGE[1]}`, "gu");
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const SHORT_RE = new RegExp(`${WORD_EDGE[0]}(?:${alternation([...shortCue.keys()])})${WORD_EDGE[1]}`, "gu");
const ORDER = Object.keys(topicCues);

export function topicsIn(text: string): string[] {
  const found = new Set<string>();
  const folded = fold(text);
  LONG_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LONG_RE.exec(folded))) {
    // A match inside a word: the look-behind of WORD_EDGE[0] fails there, so the search goes on from the next position.
    if (m.index > 0 && wordCharBefore(folded, m.index)) {
      LONG_RE.lastIndex = m.index + 1;
      continue;
    }
    for (const t of longCue.get(m[0]) ?? []) found.add(t);
  }
  for (const m of text.matchAll(SHORT_RE)) for (const t of shortCue.get(m[0]) ?? []) found.add(t);
  return ORDER.filter((t) => found.has(t));
}

/** A letter or digit (code point, as under the u flag) right before `at`. */
function wordCharBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const from = at >= 2 && c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? at - 2 : at - 1;
  return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(text.codePointAt(from)!));
}

export function findTopics(doc: Doc): void {
  doc.topics = topicsIn(doc.sentences.map((s) => s.text).join(" "));
}
