// The one writer of a document's facts, for ingest (from an extracted document) and import (from
// an export's lines): topics, meeting mentions resolved into events, proposals, agreement mentions
// resolved into instruments, targets, the evidence of all of them and of the document's nodes, and
// what came of proposals. Each fact kind's rows are written by its module (facts/*.ts); this file
// only orders them. The nodes (countries, organisations, officials with their positions, aliases
// and reported names) are written before, by the caller: ingest finds them by name, import by key.
//
// Resolution runs before the evidence and proposals are written, so they are written with their
// event and instrument instead of being updated afterwards (issue #16: statements per document).
import { resolveAgreements, writeAgreementMentions, type AgreementFact } from "./facts/agreements.ts";
import { spanOf } from "./facts/decisions.ts";
import { proposalSide, refreshFollowUps, type ProposalSide } from "./facts/follow-ups.ts";
import { resolveMeetings, writeMeetingMentionsLoaded, type MeetingFact } from "./facts/meetings.ts";
import { writeProposals, type ProposalFact } from "./facts/proposals.ts";
import { writeTargets, type TargetFact } from "./facts/targets.ts";
import type { EvidenceSpans } from "./lines.ts";
import { Sql } from "./sql.ts";

/** Evidence of a node or position of the document (the facts carry their own). */
export interface NodeEvidence {
  fact: "officialId" | "organizationId" | "countryId" | "positionId";
  id: number;
  evidence: EvidenceSpans;
}

export interface DocumentFacts {
  contentHash: string;
  /** The document's day, YYYY-MM-DD. */
  date: string;
  topics: string[];
  meetings: MeetingFact[];
  proposals: ProposalFact[];
  agreements: AgreementFact[];
  targets: TargetFact[];
  nodeEvidence: NodeEvidence[];
  /**
   * What ingest knows of the officials without reading it back: each participant's name key (for
   * resolving meetings in memory) and the country each official's report gave (for follow-ups).
   * Without it (import), resolution and follow-ups read the written rows.
   */
  known?: { officialKeys: Map<number, string>; reportedCountry: Map<number, string> };
}

/** What the document replaced and what moved in its node phase: the events and instrument titles to resolve again. */
export interface Touched {
  events: number[];
  titles: string[];
}

const EVIDENCE_FACTS = ["officialId", "organizationId", "countryId", "positionId", "meetingMentionId", "proposalId", "agreementMentionId", "targetId"] as const;
type EvidenceFact = (typeof EVIDENCE_FACTS)[number];

/** Writes one document's facts (its row and nodes are written) and resolves what they touch. */
export async function writeDocumentFacts(sql: Sql, documentId: number, facts: DocumentFacts, touched: Touched): Promise<void> {
  const docDate = new Date(`${facts.date}T00:00:00.000Z`);
  const evidence: { fact: EvidenceFact; id: number; e: EvidenceSpans[number] }[] = [];
  const addEvidence = (spans: EvidenceSpans, fact: EvidenceFact, id: number) => {
    for (const e of spans) evidence.push({ fact, id, e });
  };
  for (const n of facts.nodeEvidence) addEvidence(n.evidence, n.fact, n.id);
  // Evidence of a meeting or agreement mention also names its event or instrument, once resolved.
  const eventOfMention = new Map<number, number>();
  const instrumentOfMention = new Map<number, number>();

  // Topics: the controlled vocabulary grows only by what documents use.
  const topicNames = [...new Set([...facts.topics, ...facts.proposals.flatMap((p) => p.topics)])];
  const topics = new Map<string, number>();
  if (topicNames.length) {
    const list = topicNames.map(() => "?").join(", ");
    for (const r of await sql.rows<{ id: number; name: string }>(`SELECT "id", "name" FROM "Topic" WHERE "name" IN (${list})`, topicNames)) topics.set(r.name, r.id);
    const missing = topicNames.filter((n) => !topics.has(n));
    if (missing.length) for (const r of await sql.insert<{ id: number; name: string }>("Topic", ["name"], missing.map((n) => [n]), ["id", "name"])) topics.set(r.name, r.id);
  }
  const topicId = (name: string) => topics.get(name)!;
  if (facts.topics.length) await sql.insert("DocumentTopic", ["documentId", "topicId"], [...new Set(facts.topics)].map((t) => [documentId, topicId(t)]));

  // Meetings: this document's mentions, resolved into events with those the document touched.
  const meetings = await writeMeetingMentionsLoaded(
    sql,
    documentId,
    facts.date,
    facts.meetings.map((m) => ({ ...m, span: spanOf(m.evidence) })),
    facts.known ? { contentHash: facts.contentHash, officialKeys: facts.known.officialKeys } : null,
  );
  const meetingIds = meetings.ids;
  const newMeetingMentions = meetingIds.filter((id) => id !== undefined);
  const resolveOptions = facts.known ? { loaded: meetings.loaded, unwritten: new Set(newMeetingMentions) } : { unwritten: new Set(newMeetingMentions) };
  for (const [mention, event] of await resolveMeetings(sql, newMeetingMentions, touched.events, resolveOptions)) eventOfMention.set(mention, event);
  for (const m of facts.meetings) addEvidence(m.evidence, "meetingMentionId", meetingIds[m.ordinal]);

  // Proposals, written with the meeting (mention and event) where they were made.
  const proposalIds = await writeProposals(
    sql,
    documentId,
    facts.proposals,
    (ordinal) => {
      const mentionId = meetingIds[ordinal] ?? null;
      return { mentionId, eventId: mentionId != null ? (eventOfMention.get(mentionId) ?? null) : null };
    },
    topicId,
  );
  for (const p of facts.proposals) addEvidence(p.evidence, "proposalId", proposalIds[p.ordinal]);
  const proposalSides: ProposalSide[] = [];
  if (facts.known && facts.proposals.length) {
    // As follow-ups.ts would read them back.
    const { reportedCountry } = facts.known;
    const participantsOf = new Map(meetings.loaded.map((m) => [m.id, [...m.participants.keys()]]));
    for (const p of facts.proposals) {
      const meetingMentionId = p.meeting != null ? (meetingIds[p.meeting] ?? null) : null;
      const participants = meetingMentionId != null ? (participantsOf.get(meetingMentionId) ?? []) : [];
      const countries = [p.speakerId, p.addresseeId, ...participants].flatMap((o) => (o != null && reportedCountry.has(o) ? [reportedCountry.get(o)!] : []));
      proposalSides.push(
        proposalSide(
          { id: proposalIds[p.ordinal], kind: p.kind, text: p.text, date: p.date.getTime(), speakerId: p.speakerId, addresseeId: p.addresseeId, addresseeName: p.addresseeName, meetingMentionId },
          p.topics,
          participants,
          countries,
        ),
      );
    }
  }

  // Agreements: this document's mentions, resolved into instruments with the titles the document touched.
  const agreements = await writeAgreementMentions(
    sql,
    documentId,
    docDate,
    facts.agreements.map((a) => ({ ...a, span: spanOf(a.evidence) })),
  );
  const newAgreementMentions = agreements.ids.filter((id) => id !== undefined);
  const titleKeys = [...new Set([...touched.titles, ...agreements.titleKeys])];
  for (const [mention, instrument] of await resolveAgreements(sql, titleKeys, new Set(newAgreementMentions))) instrumentOfMention.set(mention, instrument);
  for (const a of facts.agreements) addEvidence(a.evidence, "agreementMentionId", agreements.ids[a.ordinal]);

  const targetIds = await writeTargets(sql, documentId, facts.targets);
  for (const t of facts.targets) addEvidence(t.evidence, "targetId", targetIds[t.ordinal]);

  if (evidence.length) {
    await sql.insert(
      "Evidence",
      ["documentId", "sentence", "start", "end", "text", ...EVIDENCE_FACTS, "meetingId", "agreementId"],
      evidence.map(({ fact, id, e }) => [
        documentId,
        e.sentence,
        e.start,
        e.end,
        e.text,
        ...EVIDENCE_FACTS.map((f) => (f === fact ? id : null)),
        fact === "meetingMentionId" ? (eventOfMention.get(id) ?? null) : null,
        fact === "agreementMentionId" ? (instrumentOfMention.get(id) ?? null) : null,
      ]),
    );
  }
  // What came of proposals: this report's, and every proposal the events and instruments it touched answer.
  await refreshFollowUps(sql, { proposals: proposalIds.filter((id) => id !== undefined), meetings: [...eventOfMention.values()], agreements: [...instrumentOfMention.values()] }, proposalSides);
}
