// The component order. Each step adds one kind of annotation to the Doc.
import { makeSent, type Doc } from "./doc.ts";
import type { ReadDocument } from "./reader.ts";
import type { ExtractedDocument } from "./types.ts";
import { COMBINING_JOINER, tokenize } from "./text.ts";
import { annotateGazetteer, splitGluedTitles } from "./names.ts";
import { resolveSharedDemonyms } from "./demonyms.ts";
import { findOfficials, hostAtHome, hostCountryFallback, knownHolders, staffOfHeads } from "./officials.ts";
import { resolveCoreference } from "./coref.ts";
import { findOrganizations } from "./organizations.ts";
import { findMeetings } from "./meetings.ts";
import { findProposals } from "./proposals.ts";
import { findAgreements } from "./agreements.ts";
import { findTargets } from "./targets.ts";
import { findTopics } from "./topics.ts";
import { collectCountries } from "./countries.ts";
import { addressedSides, pairCountries } from "./country-pair.ts";

/** The components in order, each adding one layer of annotation; named so that each can be timed. */
export const COMPONENTS: readonly { name: string; run: (doc: Doc) => void }[] = [
  { name: "gazetteer", run: (doc) => { doc.sentences.forEach(annotateGazetteer); resolveSharedDemonyms(doc); } },
  { name: "officials", run: findOfficials },
  { name: "coreference", run: resolveCoreference },
  { name: "host country", run: hostCountryFallback },
  { name: "organisations", run: findOrganizations },
  { name: "meetings", run: findMeetings },
  { name: "host at home", run: hostAtHome },
  { name: "country pair", run: pairCountries },
  { name: "proposals", run: findProposals },
  { name: "addressed sides", run: addressedSides },
  { name: "office holders", run: (doc) => { knownHolders(doc); staffOfHeads(doc); } },
  { name: "agreements", run: findAgreements },
  { name: "targets", run: findTargets },
  { name: "topics", run: findTopics },
];

/** The annotated document before any component: the reader's sentences, tokenised. */
export function newDoc(text: string, source: string, date: string, read: ReadDocument): Doc {
  return {
    text,
    source,
    date,
    read,
    // Not a spread of the reader's sentence with keys added: that gave each sentence a map of its own (841 on four
    // corpus folders), and every rule reading sentences went megamorphic.
    sentences: read.sentences.map((s, index) => makeSent(s.start, s.end, s.text, index, splitGluedTitles(tokenize(text, s.start, s.end)), [])),
    officials: [],
    mentions: [],
    groups: [],
    focus: [],
    organizations: [],
    meetings: [],
    proposals: [],
    agreements: [],
    targets: [],
    topics: [],
    demonymChoice: new Map(),
    visitMonth: null,
  };
}

/** `text` is what the rules read; `written` the report as written, which the output quotes (it differs when the reader
 * hid invisible characters as joiners: `hideInvisibles`). */
export function runPipeline(text: string, source: string, date: string, read: ReadDocument, written: string = text): ExtractedDocument {
  const shifted: [number, number][] = [];
  const work = unwrapped(text, read, shifted);
  if (work === text && written === text) {
    const doc = newDoc(text, source, date, read);
    for (const c of COMPONENTS) c.run(doc);
    return toDocument(doc);
  }
  // A hard-wrapped sentence runs over line breaks: the rules read it with spaces there (the offsets stay), the output
  // quotes the report as written.
  const doc = work === text ? newDoc(text, source, date, read) : newDoc(work, source, date, { ...read, sentences: read.sentences.map((s) => ({ ...s, text: work.slice(s.start, s.end) })) });
  for (const c of COMPONENTS) c.run(doc);
  let out = toDocument(doc);
  // A word joined across a wrap after its hyphen, or read through an invisible character, is written whole in what the
  // output names (rare: only then the copy).
  if (work.includes(COMBINING_JOINER) && !written.includes(COMBINING_JOINER)) out = JSON.parse(JSON.stringify(out).replaceAll(COMBINING_JOINER, ""));
  // (And a compound moved up to its wrap leaves a second space before it in what the output names.)
  if (shifted.length) out = JSON.parse(JSON.stringify(out).replace(/ {2,}/g, " "));
  out.sentences = written === text ? read.sentences : read.sentences.map((s) => ({ ...s, text: written.slice(s.start, s.end) }));
  // An offset inside a moved compound's first part is one after the same letter as written.
  const asWritten = (at: number) => (shifted.some(([from, to]) => at > from && at <= to) ? at - 1 : at);
  for (const list of [out.officials, out.organizations, out.meetings, out.proposals, out.agreements, out.targets]) {
    for (const item of list) {
      for (const e of item.evidence) {
        if (shifted.length) (e.start = asWritten(e.start)), (e.end = asWritten(e.end));
        e.text = written.slice(e.start, e.end);
      }
    }
  }
  return out;
}

/** The text with the line breaks inside sentences made spaces (the reader joins hard-wrapped lines), or the text itself;
 * `shifted` gets the compounds whose first part moved up to their wrap, as [space before it, wrap]. */
function unwrapped(text: string, read: ReadDocument, shifted: [number, number][]): string {
  if (!read.sentences.some((s) => s.text.includes("\n"))) return text;
  const chars = text.split("");
  for (const s of read.sentences) {
    for (let i = s.start; i < s.end; i++) {
      if (chars[i] !== "\n" && chars[i] !== "\r") continue;
      // "Meinl-\nReisinger": a wrap after a word's hyphen is no space; a combining grapheme joiner keeps the offsets and
      // the word whole (folding drops it, and names drop it: COMBINING_JOINER in text.ts).
      if (chars[i - 1] !== "-" || !/\p{L}/u.test(chars[i - 2] ?? "") || !/\p{L}/u.test(chars[i + 1] ?? "")) chars[i] = " ";
      else if (/\p{Lu}/u.test(chars[i + 1]!)) chars[i] = COMBINING_JOINER;
      else {
        // "co-\nchaired": a compound whose cue words the rules spell whole; its first part moves up to the break and
        // a space goes before the word (the word's own offsets shift by one within it, its end stays).
        let w = i - 1;
        while (w > s.start && /[\p{L}\p{M}-]/u.test(chars[w - 1]!)) w--;
        for (let j = i; j > w; j--) chars[j] = chars[j - 1]!;
        chars[w] = " ";
        shifted.push([w, i]);
      }
    }
  }
  return chars.join("");
}

/** The extractor's output from a fully annotated document. */
export function toDocument(doc: Doc): ExtractedDocument {
  const { source, date, read } = doc;
  return {
    source,
    document: { date, title: read.title, dateline: read.dateline },
    sentences: read.sentences,
    officials: doc.officials.map((o) => ({
      name: o.name,
      country: o.country,
      title: o.title,
      organization: o.organization,
      aliases: [...o.aliases].filter((a) => a !== o.name),
      evidence: o.evidence,
    })),
    organizations: doc.organizations,
    countries: collectCountries(doc),
    meetings: doc.meetings.map(({ sentence: _s, at: _a, anaphoric: _n, visitSpan: _v, ...m }) => m),
    proposals: doc.proposals,
    agreements: doc.agreements,
    targets: doc.targets,
    topics: doc.topics,
  };
}
