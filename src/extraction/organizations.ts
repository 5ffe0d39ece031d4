// Organisations: "Ministry of Industry and Trade (MoIT)"-style names with their acronym, plus
// well-known organisations from the gazetteer; the country comes from a demonym or the name.
import type { Doc, Sent } from "./doc.ts";
import { evidenceOf } from "./doc.ts";
import { functionWords, knownOrgs, orgWords, tokenCountry } from "./gazetteers.ts";
import { fold, retoken } from "./text.ts";

// Its own function: a callback reading the loop's `hit` gave every token of every sentence a context object.
const knownOrg = (name: string) => knownOrgs.find((o) => o.name === name);

export function findOrganizations(doc: Doc): void {
  const byKey = new Map<string, number>();
  const add = (s: Sent, name: string, acronym: string | null, country: string | null, start: number, end: number) => {
    const key = fold(acronym ?? name);
    const keyName = fold(name);
    const idx = byKey.get(key) ?? byKey.get(keyName);
    if (idx !== undefined) {
      const o = doc.organizations[idx];
      o.acronym ??= acronym;
      o.country ??= country;
      o.evidence.push(evidenceOf(doc, s.index, start, end));
      return;
    }
    doc.organizations.push({ name, acronym, country, evidence: [evidenceOf(doc, s.index, start, end)] });
    byKey.set(key, doc.organizations.length - 1);
    byKey.set(keyName, doc.organizations.length - 1);
  };
  const defined = definedAcronyms(doc);
  let d = 0;
  for (const s of doc.sentences) {
    const toks = s.toks;
    for (; d < defined.length && defined[d].sentence === s.index; d++) add(s, defined[d].name, defined[d].acronym, defined[d].country, defined[d].start, defined[d].end);
    for (let i = 0; i < toks.length; i++) {
      const hit = s.gaz[i];
      if (!hit || hit.type !== "org" || (i > 0 && s.gaz[i - 1] === hit)) continue;
      const known = knownOrg(hit.name);
      add(s, hit.name, known?.acronym ?? null, known?.country ?? null, toks[i].start, toks[i + hit.length - 1].end);
    }
  }
  // "Minister of Foreign Affairs X" works for the Ministry of Foreign Affairs: an organisation read
  // from a title is an organisation of the document too, so the store can link the official to it.
  // It gets no country: every country has a "Ministry of Foreign Affairs", and the organisation
  // node is one per name, so the official's country would make the node's country depend on which
  // report came first. The official carries the country.
  for (const o of doc.officials) {
    if (!o.organization || byKey.has(fold(o.organization))) continue;
    const ev = o.evidence[0];
    doc.organizations.push({ name: o.organization, acronym: null, country: null, evidence: ev ? [{ ...ev }] : [] });
    byKey.set(fold(o.organization), doc.organizations.length - 1);
  }
}

/** An organisation's name that the report spells out before its acronym ("the Bank of Korea (BOK)"), with the country
 * a demonym or a country's name in it gives. */
export interface DefinedAcronym {
  sentence: number;
  name: string;
  acronym: string;
  country: string | null;
  start: number;
  end: number;
}

const definedByDoc = new WeakMap<Doc, DefinedAcronym[]>();

/** Every "Name (ACR)" of the report whose name holds an organisation's noun, in order ("Ministry of Industry and Trade
 * (MoIT)"); read once a report, by the organisations and by titles that an acronym opens ("BOK Deputy Governor"). */
export function definedAcronyms(doc: Doc): DefinedAcronym[] {
  const cached = definedByDoc.get(doc);
  if (cached) return cached;
  const out: DefinedAcronym[] = [];
  for (const s of doc.sentences) {
    const toks = s.toks;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].text !== "(" || toks[i + 2]?.text !== ")") continue;
      const acr = toks[i + 1];
      if (!/^[A-Z][A-Za-z]{1,9}$/.test(acr.text) || !/[A-Z].*[A-Z]/.test(acr.text)) continue;
      // Walk back over the capitalised name ("Ministry of Industry and Trade").
      let k = i - 1;
      let start = -1;
      let hasOrgWord = false;
      while (k >= 0) {
        const t = toks[k];
        if (t.cap && t.word) {
          start = k;
          if (orgWords.has(t.norm)) hasOrgWord = true;
        } else if (!["of", "and", "for", "on", "the", "'s", ","].includes(t.norm) || !(toks[k - 1]?.cap ?? false)) break;
        k--;
      }
      if (start < 0 || !hasOrgWord) continue;
      let country: string | null = null;
      while (start < i && functionWords.has(toks[start].norm)) start++;
      while (start < i && tokenCountry(toks[start], doc.demonymChoice)?.demonym) {
        country = tokenCountry(toks[start], doc.demonymChoice)!.code;
        start++;
      }
      const prev = toks[start - 1];
      if (prev && tokenCountry(prev, doc.demonymChoice)) country ??= tokenCountry(prev, doc.demonymChoice)!.code;
      for (let j = start; j < i && !country; j++) {
        const c = tokenCountry(toks[j], doc.demonymChoice) ?? (toks[j].text.includes("-") ? tokenCountry(retoken(toks[j], toks[j].text.split("-")[0], toks[j].norm.split("-")[0])) : null);
        if (c) country = c.code;
      }
      out.push({ sentence: s.index, name: doc.text.slice(toks[start].start, toks[i - 1].end), acronym: acr.text, country, start: toks[start].start, end: toks[i + 2].end });
    }
  }
  definedByDoc.set(doc, out);
  return out;
}
