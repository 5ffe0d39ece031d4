// The annotated document that flows through the pipeline. Each component reads what earlier
// components added and adds its own layer; every annotation keeps offsets into the original text.
import type { Evidence, ExtractedAgreement, ExtractedMeeting, ExtractedOrganization, ExtractedProposal, ExtractedTarget, Sentence } from "./types.ts";
import type { ReadDocument } from "./reader.ts";
import type { PhraseHit } from "./gazetteers.ts";
import type { Tok } from "./text.ts";

export interface Sent extends Sentence {
  index: number;
  toks: Tok[];
  /** Gazetteer phrase covering each token, if any. */
  gaz: (PhraseHit | null)[];
}

/** Every Sent is built here, so that all share one shape (the rules read their fields in every loop). */
export function makeSent(start: number, end: number, text: string, index: number, toks: Tok[], gaz: (PhraseHit | null)[]): Sent {
  return { start, end, text, index, toks, gaz };
}

/** The sentence without its gazetteer hits, for the rules that read names as if no place or country were known. */
export function withoutGazetteer(s: Sent): Sent {
  return makeSent(s.start, s.end, s.text, s.index, s.toks, []);
}

export interface Official {
  id: number;
  name: string;
  key: string;
  /** Folded name tokens in written order. */
  parts: string[];
  /** Naming tradition from the family-name gazetteer (VN, KR, CN, JP) when unambiguous. */
  origin: string | null;
  country: string | null;
  /** Lower is stronger: 1 explicit in title/apposition, 2 naming tradition, 3 sentence context. */
  countryRank: number;
  /** The country came only from a place or an institution in the title ("Johor Mentri Besar", "Bank Indonesia Governor"):
   * writers name their own side's regions and institutions too. */
  countryImplicit?: boolean;
  /** The country came from the place of a meeting the official hosted at home (`hostAtHome`): as strong as a title for
   * telling the two sides of a report apart, though weaker than one for the official's own country. */
  countryByPlace?: boolean;
  /** The country came from an office only one country names so ("Secretary of State": titles.json `titleCountries`). */
  countryByTitle?: boolean;
  /** A one-word name with an apposition of its own, told apart from a fuller name that contains it ("Sultan Ibrahim, King of
   * Malaysia," beside "Anwar Ibrahim"). */
  distinct?: boolean;
  title: string | null;
  organization: string | null;
  aliases: Set<string>;
  evidence: Evidence[];
  mentions: number;
}

export type MentionKind = "name" | "alias" | "pronoun" | "role";

export interface Mention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: MentionKind;
  entity: number;
}

/** "the two leaders": a reference to several officials at once. */
export interface GroupMention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  entities: number[];
}

export interface InternalMeeting extends ExtractedMeeting {
  sentence: number;
  /** Trigger start offset, used to order and to attach proposals. */
  at: number;
  anaphoric: boolean;
  visitSpan: boolean;
}

export interface Doc {
  text: string;
  source: string;
  date: string;
  read: ReadDocument;
  sentences: Sent[];
  officials: Official[];
  mentions: Mention[];
  groups: GroupMention[];
  /** Index of the official each sentence is mainly about, or -1. */
  focus: number[];
  organizations: ExtractedOrganization[];
  meetings: InternalMeeting[];
  proposals: ExtractedProposal[];
  agreements: ExtractedAgreement[];
  targets: ExtractedTarget[];
  topics: string[];
  /** The country a demonym several countries share stands for in this report ("dominican" => DO), by its tokens' norm. */
  demonymChoice: Map<string, string>;
  /** Month of the visit the article covers ("October 18-20 trip"), for "during his stay". */
  visitMonth: string | null;
}

export function evidenceOf(doc: Doc, sentence: number, start: number, end: number): Evidence {
  return { sentence, start, end, text: doc.text.slice(start, end) };
}

const bySentence = new WeakMap<Doc, { list: Mention[]; count: number; index: Map<number, Mention[]> }>();

/** Mentions of one sentence in text order, indexed incrementally (mentions are only appended),
 * so long documents stay linear. */
export function mentionsIn(doc: Doc, sentence: number): Mention[] {
  let cache = bySentence.get(doc);
  if (!cache || cache.list !== doc.mentions || cache.count > doc.mentions.length) {
    cache = { list: doc.mentions, count: 0, index: new Map() };
    bySentence.set(doc, cache);
  }
  if (cache.count < doc.mentions.length) {
    const touched = new Set<Mention[]>();
    for (let i = cache.count; i < doc.mentions.length; i++) {
      const m = doc.mentions[i];
      let list = cache.index.get(m.sentence);
      if (!list) cache.index.set(m.sentence, (list = []));
      list.push(m);
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => a.start - b.start);
    cache.count = doc.mentions.length;
  }
  return cache.index.get(sentence) ?? [];
}
