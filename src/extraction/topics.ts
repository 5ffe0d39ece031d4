// Topics: the controlled sector vocabulary of data/topics.json, matched on word boundaries.
import type { Doc } from "./doc.ts";
import { topicCues } from "./gazetteers.ts";
import { escapeRe, fold } from "./text.ts";

const TOPIC_RES = Object.entries(topicCues).map(([topic, words]) => ({
  topic,
  re: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.map((w) => escapeRe(fold(w))).join("|")})(?=$|[^\\p{L}\\p{N}])`, "u"),
  // Short upper-case cues ("IT") must keep their case to avoid matching the pronoun "it".
  caseSensitive: words.filter((w) => w.length <= 3),
}));

export function topicsIn(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const { topic, re, caseSensitive } of TOPIC_RES) {
    if (!re.test(folded)) continue;
    if (caseSensitive.length && !TOPIC_RES.find((t) => t.topic === topic && t.caseSensitive.length === 0)) {
      // all cues short: require a case-sensitive hit
    }
    const onlyShort = topicCues[topic].every((w) => w.length <= 3);
    if (onlyShort && !new RegExp(`\\b(?:${caseSensitive.map((w) => escapeRe(w.toUpperCase())).join("|")})\\b`).test(text)) continue;
    const matchedLong = topicCues[topic].some((w) => w.length > 3 && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(fold(w))}(?=$|[^\\p{L}\\p{N}])`, "u").test(folded));
    const matchedShort = caseSensitive.some((w) => new RegExp(`\\b${escapeRe(w.toUpperCase())}\\b`).test(text));
    if (matchedLong || matchedShort) out.push(topic);
  }
  return out;
}

export function findTopics(doc: Doc): void {
  const text = doc.sentences.map((s) => s.text).join(" ");
  doc.topics = topicsIn(text);
}
