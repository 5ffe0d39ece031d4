// Demonyms several countries share ("Dominican": Dominica and the Dominican Republic; "Congolese": the two Congos).
// Data order cannot decide: a report on one of them names it, its capital or its institutions elsewhere, so the
// candidate the report's other words name most wins, and every such demonym of the report reads as that country.
// Short forms several countries answer to ("SA": Saudi Arabia's code, South Africa's short form in its own press) are
// read the same way, the report's demonyms counting too ("South African steel" in a report that writes "urged SA to").
import type { Doc } from "./doc.ts";
import { lookupCountry, matchPhrase, placeCountry, sharedDemonyms, sharedShortForms } from "./gazetteers.ts";
import { tokenize } from "./text.ts";

export function resolveSharedDemonyms(doc: Doc): void {
  if (!sharedDemonyms.size && !sharedShortForms.size) return;
  const wanted = new Set<string>();
  for (const codes of [...sharedDemonyms.values(), ...sharedShortForms.values()]) for (const c of codes) wanted.add(c);
  // Names of a country, its places and its institutions (not demonyms: those are what is being decided).
  const score = new Map<string, number>();
  // The same with the demonyms, for the short forms.
  const shortScore = new Map<string, number>();
  const count = (code: string | null | undefined, demonym = false) => {
    if (!code || !wanted.has(code)) return;
    shortScore.set(code, (shortScore.get(code) ?? 0) + 1);
    if (!demonym) score.set(code, (score.get(code) ?? 0) + 1);
  };
  for (const s of doc.sentences) {
    for (let k = 0; k < s.toks.length; k++) {
      const hit = s.gaz[k];
      if (hit && s.gaz[k - 1] !== hit) count(hit.value, hit.type === "demonym");
    }
  }
  const span = doc.read.titleSpan;
  if (span) {
    const toks = tokenize(doc.text, span.start, span.end);
    for (let k = 0; k < toks.length; k++) {
      const hit = matchPhrase(toks, k);
      if (!hit) continue;
      count(hit.value, hit.type === "demonym");
      k += hit.length - 1;
    }
  }
  const dl = doc.read.dateline;
  if (dl) count(placeCountry(dl) ?? lookupCountry(dl)?.code);
  if (!shortScore.size) return;
  const choose = (shared: Map<string, string[]>, by: Map<string, number>) => {
    for (const [key, codes] of shared) {
      let best: string | null = null;
      for (const c of codes) if ((by.get(c) ?? 0) > (best ? (by.get(best) ?? 0) : 0)) best = c;
      if (best) doc.demonymChoice.set(key, best);
    }
  };
  choose(sharedDemonyms, score);
  choose(sharedShortForms, shortScore);
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
