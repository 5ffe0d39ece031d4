// Demonyms several countries share ("Dominican": Dominica and the Dominican Republic; "Congolese": the two Congos).
// Data order cannot decide: a report on one of them names it, its capital or its institutions elsewhere, so the
// candidate the report's other words name most wins, and every such demonym of the report reads as that country.
import type { Doc } from "./doc.ts";
import { lookupCountry, matchPhrase, placeCountry, sharedDemonyms } from "./gazetteers.ts";
import { tokenize } from "./text.ts";

export function resolveSharedDemonyms(doc: Doc): void {
  if (!sharedDemonyms.size) return;
  const wanted = new Set<string>();
  for (const codes of sharedDemonyms.values()) for (const c of codes) wanted.add(c);
  // Names of a country, its places and its institutions (not demonyms: those are what is being decided).
  const score = new Map<string, number>();
  const count = (code: string | null | undefined) => code && wanted.has(code) && score.set(code, (score.get(code) ?? 0) + 1);
  for (const s of doc.sentences) {
    for (let k = 0; k < s.toks.length; k++) {
      const hit = s.gaz[k];
      if (hit && hit.type !== "demonym" && s.gaz[k - 1] !== hit) count(hit.value);
    }
  }
  const span = doc.read.titleSpan;
  if (span) {
    const toks = tokenize(doc.text, span.start, span.end);
    for (let k = 0; k < toks.length; k++) {
      const hit = matchPhrase(toks, k);
      if (!hit) continue;
      if (hit.type !== "demonym") count(hit.value);
      k += hit.length - 1;
    }
  }
  const dl = doc.read.dateline;
  if (dl) count(placeCountry(dl) ?? lookupCountry(dl)?.code);
  if (!score.size) return;
  for (const [key, codes] of sharedDemonyms) {
    let best: string | null = null;
    for (const c of codes) if ((score.get(c) ?? 0) > (best ? (score.get(best) ?? 0) : 0)) best = c;
    if (best) doc.demonymChoice.set(key, best);
  }
  if (!doc.demonymChoice.size) return;
  for (const s of doc.sentences) {
    for (let k = 0; k < s.toks.length; k++) {
      const hit = s.gaz[k];
      if (hit?.type !== "demonym" || s.gaz[k - 1] === hit) continue;
      const key = s.toks.slice(k, k + hit.length).map((t) => t.norm).join(" ");
      const code = doc.demonymChoice.get(key);
      if (!code || code === hit.value) continue;
      const moved = { type: hit.type, value: code, name: lookupCountry(code)?.name ?? hit.name, length: hit.length };
      for (let n = k; n < k + hit.length; n++) s.gaz[n] = moved;
    }
  }
}
