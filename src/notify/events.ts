// What other services are told after an ingest commits: one `documentIngested` per stored document
// and one `factAdded` per fact read from it. The same JSON goes to subscribers and webhooks.
import type { Db } from "../store/db.ts";
import { toGlobalId } from "../ids.ts";

export const FACT_KINDS = ["meeting", "proposal", "agreement", "target", "position"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface FactAddedEvent {
  kind: FactKind;
  /** Global ID of the meeting, proposal, agreement, target or position. */
  nodeId: string;
  documentId: string;
  source: string;
  /** ISO codes of the countries involved (of its officials, and of an agreement's country parties). */
  countries: string[];
  /** Global IDs of the officials involved. */
  officials: string[];
}

export interface DocumentIngestedEvent {
  documentId: string;
  source: string;
  /** created or replaced (an unchanged document publishes nothing). */
  status: "created" | "replaced";
  title: string | null;
  date: string;
  countries: string[];
  officials: string[];
  factCount: number;
}

export interface IngestEvents {
  document: DocumentIngestedEvent;
  facts: FactAddedEvent[];
}

/** What a subscription or a webhook endpoint asks for; an empty or absent list matches anything. */
export interface EventFilter {
  kinds?: readonly string[] | null;
  countries?: readonly string[] | null;
  officials?: readonly string[] | null;
}

const any = (list: readonly string[] | null | undefined, values: readonly string[]) => !list?.length || values.some((v) => list.includes(v));

export function factMatches(filter: EventFilter, fact: FactAddedEvent): boolean {
  return (!filter.kinds?.length || filter.kinds.includes(fact.kind)) && any(filter.countries, fact.countries) && any(filter.officials, fact.officials);
}

/** A document matches when at least one of its facts does (or, without a fact filter, always). */
export function documentMatches(filter: EventFilter, events: IngestEvents): boolean {
  if (!filter.kinds?.length && !filter.countries?.length && !filter.officials?.length) return true;
  return events.facts.some((f) => factMatches(filter, f));
}

type Person = { id: number; country: { code: string } | null } | null;

function involved(people: Person[], extraCountries: (string | null | undefined)[] = []) {
  const officials = new Set<string>();
  const countries = new Set<string>();
  for (const p of people) {
    if (!p) continue;
    officials.add(toGlobalId("Official", p.id));
    if (p.country) countries.add(p.country.code);
  }
  for (const c of extraCountries) if (c) countries.add(c);
  return { officials: [...officials], countries: [...countries].sort() };
}

const person = { select: { id: true, country: { select: { code: true } } } } as const;

/** Reads the stored document's facts (after its transaction committed) and builds its events. */
export async function buildIngestEvents(db: Db, documentId: number, status: "created" | "replaced"): Promise<IngestEvents | null> {
  const doc = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      source: true,
      title: true,
      date: true,
      meetings: { orderBy: { ordinal: "asc" }, select: { id: true, participants: { select: { official: person } } } },
      proposals: { orderBy: { ordinal: "asc" }, select: { id: true, speaker: person, addressee: person } },
      agreements: { orderBy: { ordinal: "asc" }, select: { id: true, proposer: person, parties: { select: { official: person, country: { select: { code: true } } } } } },
      targets: { orderBy: { ordinal: "asc" }, select: { id: true } },
      positions: { orderBy: { id: "asc" }, select: { id: true, official: person, country: { select: { code: true } } } },
    },
  });
  if (!doc) return null;
  const documentId_ = toGlobalId("Document", doc.id);
  const base = { documentId: documentId_, source: doc.source };
  const facts: FactAddedEvent[] = [
    ...doc.meetings.map((m) => ({ kind: "meeting" as const, nodeId: toGlobalId("Meeting", m.id), ...base, ...involved(m.participants.map((p) => p.official)) })),
    ...doc.proposals.map((p) => ({ kind: "proposal" as const, nodeId: toGlobalId("Proposal", p.id), ...base, ...involved([p.speaker, p.addressee]) })),
    ...doc.agreements.map((a) => ({
      kind: "agreement" as const,
      nodeId: toGlobalId("Agreement", a.id),
      ...base,
      ...involved([a.proposer, ...a.parties.map((p) => p.official)], a.parties.map((p) => p.country?.code)),
    })),
    ...doc.targets.map((t) => ({ kind: "target" as const, nodeId: toGlobalId("Target", t.id), ...base, countries: [], officials: [] })),
    ...doc.positions.map((p) => ({ kind: "position" as const, nodeId: toGlobalId("Position", p.id), ...base, ...involved([p.official], [p.country?.code]) })),
  ];
  const officials = new Set(facts.flatMap((f) => f.officials));
  const countries = new Set(facts.flatMap((f) => f.countries));
  return {
    document: {
      ...base,
      status,
      title: doc.title,
      date: doc.date.toISOString().slice(0, 10),
      countries: [...countries].sort(),
      officials: [...officials],
      factCount: facts.length,
    },
    facts,
  };
}
