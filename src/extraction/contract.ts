// The object `diplograph extract --json` prints: the contract's keys in the contract's order,
// plus `evidence` and the other extra keys the types define (the contract allows extra keys).
import type { ExtractedDocument } from "./types.ts";

export function toContractJson(doc: ExtractedDocument): Record<string, unknown> {
  return {
    source: doc.source,
    document: doc.document,
    officials: doc.officials.map((o) => ({
      name: o.name,
      country: o.country,
      title: o.title,
      organization: o.organization,
      aliases: o.aliases,
      evidence: o.evidence,
    })),
    organizations: doc.organizations.map((o) => ({ name: o.name, acronym: o.acronym, country: o.country, evidence: o.evidence })),
    meetings: doc.meetings.map((m) => ({
      kind: m.kind,
      date: m.date,
      ...(m.period ? { period: m.period } : {}),
      location: m.location,
      status: m.status,
      participants: m.participants,
      roles: m.roles,
      evidence: m.evidence,
    })),
    proposals: doc.proposals.map((p) => ({
      speaker: p.speaker,
      addressee: p.addressee,
      kind: p.kind,
      text: p.text,
      topics: p.topics,
      meeting: p.meeting,
      evidence: p.evidence,
    })),
    agreements: doc.agreements.map((a) => ({
      kind: a.kind,
      title: a.title,
      status: a.status,
      parties: a.parties,
      proposer: a.proposer,
      evidence: a.evidence,
    })),
    targets: doc.targets.map((t) => ({ metric: t.metric, value: t.value, unit: t.unit, deadline: t.deadline, evidence: t.evidence })),
    topics: doc.topics,
    countries: doc.countries,
  };
}
