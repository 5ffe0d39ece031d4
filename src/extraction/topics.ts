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
const LONG_RE = new RegExp(`${WORD_EDGE[0]}(?:${alternation([...longCue.keys()])})${WORD_EDGE[1]}`, "gu");
const SHORT_RE = new RegExp(`${WORD_EDGE[0]}(?:${alternation([...shortCue.keys()])})${WORD_EDGE[1]}`, "gu");
const ORDER = Object.keys(topicCues);

export function topicsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of fold(text).matchAll(LONG_RE)) for (const t of longCue.get(m[0]) ?? []) found.add(t);
  for (const m of text.matchAll(SHORT_RE)) for (const t of shortCue.get(m[0]) ?? []) found.add(t);
  return ORDER.filter((t) => found.has(t));
}

export function findTopics(doc: Doc): void {
  doc.topics = topicsIn(doc.sentences.map((s) => s.text).join(" "));
}
