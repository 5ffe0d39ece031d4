// Proposals: what an official suggested, proposed, urged or asked, in one report. This module owns
// the fact kind: writing a document's proposals (with their topics), their export lines and the
// reading and checking of those lines on import. A proposal belongs to its document alone (no
// resolution across reports: what came of it is a link, facts/follow-ups.ts), so it has no orphan
// rule of its own: it goes with its document (clearFacts, maintenance.ts).
import { periodOf } from "../dates.ts";
import type { Sql } from "../sql.ts";
import { COUNTERPART_COLUMNS, counterpartsOf, dayOf, proposalSide } from "./follow-ups.ts";
import { defineFactKind, type WriteContext } from "./kind.ts";
import { ids, iso, type CheckRef, type EvidenceLine, type EvidenceSpans, type FieldKind, type FileNodes, type NodeIds } from "../lines.ts";

/** A proposal as the writer stores it, its officials resolved to rows. */
export interface ProposalFact {
  ordinal: number;
  kind: string;
  text: string;
  speakerId: number | null;
  addresseeId: number | null;
  /** The addressee as named when no official is: a country, a ministry. */
  addresseeName: string | null;
  /** Ordinal of the meeting of its document where it was made. */
  meeting: number | null;
  date: Date;
  topics: string[];
  evidence: EvidenceSpans;
}

/**
 * Inserts one document's proposals, their topics and their counterparts (ProposalCounterpart:
 * the addressee and the other participants of the meeting where each was made, for the follow-up
 * search); returns their IDs by ordinal. `meetings` gives each meeting mention (by ordinal) its
 * row, event and participants, so a proposal is written with them. With `later`, the topics' and
 * counterparts' rows go there instead (WriteContext.later: the follow-ups read them).
 */
export async function writeProposals(
  sql: Sql,
  documentId: number,
  proposals: ProposalFact[],
  meeting: (ordinal: number) => { mentionId: number | null; eventId: number | null; participants: number[] },
  topicId: (name: string) => number,
  later?: WriteContext["later"],
): Promise<number[]> {
  const out: number[] = [];
  if (!proposals.length) return out;
  const rows = await sql.insert<{ id: number; ordinal: number }>(
    "Proposal",
    ["documentId", "ordinal", "kind", "text", "speakerId", "addresseeId", "addresseeName", "meetingMentionId", "meetingId", "date"],
    proposals.map((p) => {
      const at = p.meeting != null ? meeting(p.meeting) : { mentionId: null, eventId: null };
      return [documentId, p.ordinal, p.kind, p.text, p.speakerId, p.addresseeId, p.addresseeName, at.mentionId, at.eventId, p.date];
    }),
    ["id", "ordinal"],
  );
  for (const r of rows) out[r.ordinal] = r.id;
  const topicRows = proposals.flatMap((p) => [...new Set(p.topics)].map((t) => [out[p.ordinal], topicId(t)]));
  const counterpartRows = proposals.flatMap((p) => {
    if (p.speakerId === null) return [];
    const participants = p.meeting != null ? meeting(p.meeting).participants : [];
    const day = dayOf(p.date);
    return [...counterpartsOf(p.speakerId, p.addresseeId, participants)].map((o) => [out[p.ordinal]!, o, p.speakerId!, day]);
  });
  if (later) {
    later("ProposalTopic", ["proposalId", "topicId"], topicRows, true);
    later("ProposalCounterpart", COUNTERPART_COLUMNS, counterpartRows, true);
  } else {
    if (topicRows.length) await sql.insert("ProposalTopic", ["proposalId", "topicId"], topicRows);
    if (counterpartRows.length) await sql.insert("ProposalCounterpart", COUNTERPART_COLUMNS, counterpartRows);
  }
  return out;
}

// --- Export lines ------------------------------------------------------------------------------

export interface ProposalLine {
  type: "proposal";
  id: string;
  document: string;
  ordinal: number;
  kind: string;
  text: string;
  speaker: string | null;
  addressee: string | null;
  addresseeName: string | null;
  meeting: string | null;
  date: string;
  topics: string[];
  evidence: EvidenceLine[];
}

export const PROPOSAL_FIELDS: Record<string, FieldKind> = {
  id: "string",
  document: "string",
  ordinal: "int",
  kind: "string",
  text: "string",
  speaker: "string?",
  addressee: "string?",
  addresseeName: "string?",
  meeting: "string?",
  date: "string",
  topics: "strings",
  evidence: "evidence",
};

export interface ProposalRow {
  id: number;
  ordinal: number;
  kind: string;
  text: string;
  speakerId: number | null;
  addresseeId: number | null;
  addresseeName: string | null;
  meetingMentionId: number | null;
  date: Date;
  topics: { topicId: number }[];
}

/** One document's proposal lines, in ordinal order. */
export function proposalLines(
  hash: string,
  proposals: ProposalRow[],
  refs: { official: (id: number | null) => string | null; topic: (id: number) => string; meeting: (mentionId: number) => string | null; evidence: (owner: string) => EvidenceLine[] },
): ProposalLine[] {
  return proposals.map((p) => ({
    type: "proposal",
    id: ids.fact("proposal", hash, p.ordinal),
    document: ids.document(hash),
    ordinal: p.ordinal,
    kind: p.kind,
    text: p.text,
    speaker: refs.official(p.speakerId),
    addressee: refs.official(p.addresseeId),
    addresseeName: p.addresseeName,
    meeting: p.meetingMentionId == null ? null : refs.meeting(p.meetingMentionId),
    date: iso(p.date),
    topics: p.topics.map((t) => refs.topic(t.topicId)).sort(),
    evidence: refs.evidence(`proposal#${p.id}`),
  }));
}

// --- Import lines ------------------------------------------------------------------------------

/** Records what is wrong with a proposal line's references. `meetings`: the meeting line IDs of its document. */
export function checkProposalLine(f: ProposalLine, check: CheckRef, nodes: FileNodes, meetings: Set<string>, fail: (msg: string) => void): void {
  check("proposal.speaker", f.speaker, nodes.officials);
  check("proposal.addressee", f.addressee, nodes.officials);
  for (const t of f.topics) check("proposal.topics", t, nodes.topics);
  if (f.meeting !== null && !meetings.has(f.meeting)) fail(`proposal.meeting refers to ${JSON.stringify(f.meeting)}, not a meeting of this document`);
  if (Number.isNaN(Date.parse(f.date))) fail("proposal.date must be an ISO date");
}

/** The nodes a proposal line refers to. */
export const proposalLineRefs = (f: ProposalLine): (string | null)[] => [f.speaker, f.addressee, ...f.topics];

/** A proposal line as the writer takes it. `meetingOrdinal`: a meeting line ID's ordinal. */
export function proposalFromLine(f: ProposalLine, nodes: NodeIds, meetingOrdinal: (id: string) => number | null, topicName: (ref: string) => string): ProposalFact {
  const official = (ref: string | null) => (ref === null ? null : nodes.officials.get(ref)!);
  return {
    ordinal: f.ordinal,
    kind: f.kind,
    text: f.text,
    speakerId: official(f.speaker),
    addresseeId: official(f.addressee),
    addresseeName: f.addresseeName,
    meeting: f.meeting === null ? null : meetingOrdinal(f.meeting),
    date: new Date(f.date),
    topics: f.topics.map(topicName),
    evidence: f.evidence,
  };
}

// --- The fact kind, as the registry (registry.ts) gives it to every place that iterates kinds -----

export const proposalKind = defineFactKind<"proposals", ProposalFact, ProposalLine>({
  key: "proposals",
  line: "proposal",
  evidenceColumn: "proposalId",
  // A proposal names the meeting mention it was made at.
  refersTo: ["meetings"],
  inProgress: true,
  topics: (facts: ProposalFact[]) => facts.flatMap((p) => p.topics),
  // Written with the meeting (mention and event) where they were made.
  async write(ctx, facts: ProposalFact[]) {
    const meetingIds = ctx.meetings?.ids ?? [];
    const eventOf = ctx.meetings?.eventOf ?? new Map<number, number>();
    const proposalIds = await writeProposals(
      ctx.sql,
      ctx.documentId,
      facts,
      (ordinal) => {
        const mentionId = meetingIds[ordinal] ?? null;
        return {
          mentionId,
          eventId: mentionId != null ? (eventOf.get(mentionId) ?? null) : null,
          participants: mentionId != null ? (ctx.meetings?.participants.get(mentionId) ?? []) : [],
        };
      },
      ctx.topicId,
      ctx.later,
    );
    for (const p of facts) ctx.evidence(p.evidence, proposalIds[p.ordinal]);
    if (ctx.known && facts.length) {
      // As follow-ups.ts would read them back.
      const { reportedCountry } = ctx.known;
      const participantsOf = new Map((ctx.meetings?.loaded ?? []).map((m) => [m.id, [...m.participants.keys()]]));
      for (const p of facts) {
        const meetingMentionId = p.meeting != null ? (meetingIds[p.meeting] ?? null) : null;
        const participants = meetingMentionId != null ? (participantsOf.get(meetingMentionId) ?? []) : [];
        const countries = [p.speakerId, p.addresseeId, ...participants].flatMap((o) => (o != null && reportedCountry.has(o) ? [reportedCountry.get(o)!] : []));
        ctx.followUps.sides.push(
          proposalSide(
            { id: proposalIds[p.ordinal], kind: p.kind, text: p.text, date: p.date.getTime(), speakerId: p.speakerId, addresseeId: p.addresseeId, addresseeName: p.addresseeName, meetingMentionId },
            p.topics,
            participants,
            countries,
          ),
        );
      }
    }
    ctx.followUps.proposals.push(...proposalIds.filter((id) => id !== undefined));
  },
  clear: async (tx, documentId) => void (await tx.proposal.deleteMany({ where: { documentId } })),
  exportInclude: { proposals: { orderBy: { ordinal: "asc" }, include: { topics: true } } },
  lines: (hash, d: { proposals: ProposalRow[] }, refs) =>
    proposalLines(hash, d.proposals, { official: refs.official, topic: refs.topic, meeting: (id) => refs.fact("meeting", id), evidence: refs.evidence }),
  fields: PROPOSAL_FIELDS,
  check: (f: ProposalLine, c) => checkProposalLine(f, c.check, c.nodes, c.lineIds("meeting"), c.fail),
  refs: proposalLineRefs,
  fromLine: (f, c) => proposalFromLine(f, c.nodes, c.ordinalOf, c.topicName),
  fromExtracted: (doc, refs) =>
    doc.proposals.map((p, ordinal) => {
      const addresseeId = refs.official(p.addressee);
      const at = p.meeting != null ? periodOf(doc.meetings[p.meeting]?.date ?? null)?.start : undefined;
      return {
        ordinal,
        kind: p.kind,
        text: p.text,
        speakerId: refs.official(p.speaker),
        addresseeId,
        addresseeName: addresseeId == null ? p.addressee : null,
        meeting: p.meeting,
        date: at ?? refs.docDate,
        topics: p.topics,
        evidence: p.evidence,
      };
    }),
  signatureSelect: { proposals: { select: { kind: true, text: true, addresseeName: true, speaker: { select: { key: true } }, addressee: { select: { key: true } } } } },
  signatures: (d: { proposals: { kind: string; text: string; addresseeName: string | null; speaker: { key: string } | null; addressee: { key: string } | null }[] }) =>
    d.proposals.map((p) => JSON.stringify([p.kind, p.text, p.speaker?.key ?? null, p.addressee?.key ?? p.addresseeName])),
});
