// The component order. Each step adds one kind of annotation to the Doc.
import type { Doc } from "./doc.ts";
import type { ReadDocument } from "./reader.ts";
import type { ExtractedDocument } from "./types.ts";
import { tokenize } from "./text.ts";
import { annotateGazetteer } from "./names.ts";
import { findOfficials, hostCountryFallback } from "./officials.ts";
import { resolveCoreference } from "./coref.ts";
import { findOrganizations } from "./organizations.ts";
import { findMeetings } from "./meetings.ts";
import { findProposals } from "./proposals.ts";
import { findAgreements } from "./agreements.ts";
import { findTargets } from "./targets.ts";
import { findTopics } from "./topics.ts";
import { collectCountries } from "./countries.ts";

export function runPipeline(text: string, source: string, date: string, read: ReadDocument): ExtractedDocument {
  const doc: Doc = {
    text,
    source,
    date,
    read,
    sentences: read.sentences.map((s, index) => ({ ...s, index, toks: tokenize(text, s.start, s.end), gaz: [] })),
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
    visitMonth: null,
  };
  for (const s of doc.sentences) annotateGazetteer(s);
  findOfficials(doc);
  resolveCoreference(doc);
  hostCountryFallback(doc);
  findOrganizations(doc);
  findMeetings(doc);
  findProposals(doc);
  findAgreements(doc);
  findTargets(doc);
  findTopics(doc);
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
