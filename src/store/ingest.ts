import { createHash } from "node:crypto";
import { extract, EXTRACTOR_VERSION, lookupCountry } from "../extraction/index.ts";
import type { Evidence, ExtractedDocument } from "../extraction/types.ts";
import { maxDocumentBytes, validateDocument } from "../extraction/validate.ts";
import type { Db, Tx } from "./db.ts";
import { periodOf } from "./dates.ts";
import { clearFacts, collectOrphans, refreshOfficials } from "./maintenance.ts";
import { officialKey, organizationKey, foldText } from "./keys.ts";
import { withRetry } from "./retry.ts";

export interface IngestInput {
  text: string;
  /** Path or label; a later document with the same source and other content replaces it. */
  source: string;
  /** Publication date when the text has no ` date` header. */
  date?: string;
  /** Largest document accepted in bytes (default: $DIPLOGRAPH_MAX_BYTES, else 1 MiB). */
  maxBytes?: number;
}

export interface NodeTally {
  created: number;
  reused: number;
}

export interface IngestResult {
  source: string;
  /** created: new document; replaced: same source, new content; unchanged: this content is already stored. */
  status: "created" | "replaced" | "unchanged";
  documentId: number;
  /** For an unchanged document stored under another source, that source. */
  duplicateOf: string | null;
  officials: NodeTally;
  organizations: NodeTally;
  countries: NodeTally;
  meetings: number;
  proposals: number;
  agreements: number;
  targets: number;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Extracts one document and stores it in one transaction. Throws DocumentError for a refused document. */
export async function ingestText(db: Db, input: IngestInput): Promise<IngestResult> {
  validateDocument(input.text, { source: input.source, date: input.date, maxBytes: input.maxBytes ?? maxDocumentBytes(process.env) });
  const known = await findUnchanged(db, input.text, input.source);
  if (known) return known;
  const doc = extract(input.text, { source: input.source, date: input.date });
  return storeExtracted(db, input.text, doc);
}

/**
 * The result for content already stored by this extractor version, or null. Checked before
 * extracting so re-ingesting a folder costs one lookup per unchanged file; the write
 * transaction checks again, so a race with another writer stays correct.
 */
export async function findUnchanged(db: Db, text: string, source: string, extractorVersion = EXTRACTOR_VERSION): Promise<IngestResult | null> {
  const same = await db.document.findUnique({ where: { contentHash: contentHash(text) }, select: { id: true, source: true, extractorVersion: true } });
  if (!same || same.extractorVersion !== extractorVersion) return null;
  return {
    ...emptyResult(source, "unchanged", same.id),
    duplicateOf: same.source !== source ? same.source : null,
  };
}

/**
 * Stores an already extracted document in one transaction: all of its facts or none. Retries
 * when a concurrent writer wins a race for the same document, official or organisation.
 */
export async function storeExtracted(db: Db, text: string, doc: ExtractedDocument, extractorVersion = EXTRACTOR_VERSION): Promise<IngestResult> {
  const hash = contentHash(text);
  return withRetry(() =>
    db.$transaction((tx) => writeDocument(tx as Tx, text, hash, doc, extractorVersion), { maxWait: 30_000, timeout: 120_000 }),
  );
}

function emptyResult(source: string, status: IngestResult["status"], documentId: number, doc?: ExtractedDocument): IngestResult {
  return {
    source,
    status,
    documentId,
    duplicateOf: null,
    officials: { created: 0, reused: 0 },
    organizations: { created: 0, reused: 0 },
    countries: { created: 0, reused: 0 },
    meetings: doc?.meetings.length ?? 0,
    proposals: doc?.proposals.length ?? 0,
    agreements: doc?.agreements.length ?? 0,
    targets: doc?.targets.length ?? 0,
  };
}

async function writeDocument(tx: Tx, text: string, hash: string, doc: ExtractedDocument, extractorVersion: string): Promise<IngestResult> {
  const same = await tx.document.findUnique({ where: { contentHash: hash }, select: { id: true, source: true, extractorVersion: true } });
  if (same && same.extractorVersion === extractorVersion) {
    const result = emptyResult(doc.source, "unchanged", same.id);
    if (same.source !== doc.source) result.duplicateOf = same.source;
    return result;
  }
  // Same content extracted by another extractor version, or new content at a known source: the
  // document keeps its row (and ID) while its old facts go and the new ones come in, in this one
  // transaction.
  const previous = same ?? (await tx.document.findUnique({ where: { source: doc.source }, select: { id: true, source: true } }));
  const data = {
    contentHash: hash,
    date: dayStart(doc.document.date),
    title: doc.document.title,
    dateline: doc.document.dateline,
    text,
    extractorVersion,
    wordCount: countWords(text),
  };
  let touched: number[] = [];
  if (previous) touched = await clearFacts(tx, previous.id);
  const created = previous
    ? await tx.document.update({ where: { id: previous.id }, data, select: { id: true } })
    : await tx.document.create({ data: { ...data, source: doc.source }, select: { id: true } });
  const result = emptyResult(doc.source, previous ? "replaced" : "created", created.id, doc);
  await writeFacts(tx, created.id, doc, result);
  if (previous) {
    await collectOrphans(tx);
    await refreshOfficials(tx, touched);
  }
  return result;
}

async function writeFacts(tx: Tx, documentId: number, doc: ExtractedDocument, result: IngestResult): Promise<void> {
  const docDate = dayStart(doc.document.date);
  const evidenceRows: EvidenceRow[] = [];
  const addEvidence = (evidence: Evidence[], fact: Partial<EvidenceRow>) => {
    for (const e of evidence) evidenceRows.push({ documentId, sentence: e.sentence, start: e.start, end: e.end, text: e.text, ...fact });
  };

  // Countries: every code the document uses, by official, organisation or by mention.
  const codes = new Set<string>();
  for (const c of doc.countries) codes.add(c.code);
  for (const o of doc.officials) if (o.country) codes.add(o.country);
  for (const o of doc.organizations) if (o.country) codes.add(o.country);
  const countryIds = await upsertCountries(tx, [...codes], doc, result.countries);
  const countryId = (code: string | null | undefined) => (code ? (countryIds.get(code) ?? null) : null);

  // Organisations, by folded name.
  const orgIds = new Map<string, number>(); // by name and by acronym
  {
    const byKey = new Map(doc.organizations.map((o) => [organizationKey(o.name), o]));
    const existing = await tx.organization.findMany({ where: { key: { in: [...byKey.keys()] } }, select: { id: true, key: true, acronym: true, countryId: true } });
    const found = new Map(existing.map((o) => [o.key, o]));
    const missing = [...byKey].filter(([key]) => !found.has(key));
    if (missing.length) {
      const rows = await tx.organization.createManyAndReturn({
        data: missing.map(([key, o]) => ({ key, name: o.name, acronym: o.acronym, countryId: countryId(o.country) })),
        select: { id: true, key: true, acronym: true, countryId: true },
      });
      for (const r of rows) found.set(r.key, r);
    }
    result.organizations.created = missing.length;
    result.organizations.reused = byKey.size - missing.length;
    for (const [key, o] of byKey) {
      const row = found.get(key)!;
      orgIds.set(o.name, row.id);
      if (o.acronym) orgIds.set(o.acronym, row.id);
      // Fill in what an earlier document did not know.
      const patch: { acronym?: string; countryId?: number } = {};
      if (!row.acronym && o.acronym) patch.acronym = o.acronym;
      const cid = countryId(o.country);
      if (row.countryId == null && cid != null) patch.countryId = cid;
      if (Object.keys(patch).length) await tx.organization.update({ where: { id: row.id }, data: patch });
      addEvidence(o.evidence, { organizationId: row.id });
    }
  }

  // Officials, by name key; the fullest name seen so far is the canonical one.
  const officialIds = new Map<string, number>(); // extracted name -> id
  {
    const byKey = new Map(doc.officials.map((o) => [officialKey(o.name), o]));
    const existing = await tx.official.findMany({ where: { key: { in: [...byKey.keys()] } }, select: { id: true, key: true, name: true, countryId: true } });
    const found = new Map(existing.map((o) => [o.key, o]));
    const missing = [...byKey].filter(([key]) => !found.has(key));
    if (missing.length) {
      const rows = await tx.official.createManyAndReturn({
        data: missing.map(([key, o]) => ({
          key,
          name: o.name,
          searchName: foldText(o.name),
          countryId: countryId(o.country),
          organizationId: o.organization ? (orgIds.get(o.organization) ?? null) : null,
          title: o.title,
        })),
        select: { id: true, key: true, name: true, countryId: true },
      });
      for (const r of rows) found.set(r.key, r);
    }
    result.officials.created = missing.length;
    result.officials.reused = byKey.size - missing.length;
    const aliasRows: { officialId: number; documentId: number; name: string }[] = [];
    const positionRows: { officialId: number; documentId: number; title: string; organizationId: number | null; countryId: number | null; date: Date }[] = [];
    const positionEvidence = new Map<string, Evidence[]>();
    for (const [key, o] of byKey) {
      const row = found.get(key)!;
      officialIds.set(o.name, row.id);
      for (const a of o.aliases) officialIds.set(a, row.id);
      const patch: { name?: string; searchName?: string; countryId?: number } = {};
      if (hasDiacritics(o.name) && !hasDiacritics(row.name)) {
        // Prefer the properly accented spelling once any report gives it.
        patch.name = o.name;
        patch.searchName = foldText(o.name);
      }
      const cid = countryId(o.country);
      if (cid != null && cid !== row.countryId) patch.countryId = cid;
      if (Object.keys(patch).length) await tx.official.update({ where: { id: row.id }, data: patch });
      for (const name of new Set(o.aliases.filter((a) => a !== o.name))) aliasRows.push({ officialId: row.id, documentId, name });
      if (o.title) {
        positionRows.push({
          officialId: row.id,
          documentId,
          title: o.title,
          organizationId: o.organization ? (orgIds.get(o.organization) ?? null) : null,
          countryId: cid,
          date: docDate,
        });
        positionEvidence.set(`${row.id}`, o.evidence.slice(0, 1));
      }
      addEvidence(o.evidence, { officialId: row.id });
    }
    if (aliasRows.length) await tx.alias.createMany({ data: aliasRows });
    if (positionRows.length) {
      const positions = await tx.position.createManyAndReturn({ data: positionRows, select: { id: true, officialId: true } });
      for (const p of positions) addEvidence(positionEvidence.get(`${p.officialId}`) ?? [], { positionId: p.id });
      await refreshOfficials(tx, positions.map((p) => p.officialId));
    }
  }
  const official = (name: string | null | undefined) => (name ? (officialIds.get(name) ?? null) : null);

  // Topics: the controlled vocabulary grows only by what documents use.
  const topicIds = await upsertTopics(tx, [...new Set([...doc.topics, ...doc.proposals.flatMap((p) => p.topics)])]);
  if (doc.topics.length) {
    await tx.documentTopic.createMany({ data: [...new Set(doc.topics)].map((t) => ({ documentId, topicId: topicIds.get(t)! })) });
  }

  // Meetings with their participants and roles.
  const meetingIds: number[] = [];
  if (doc.meetings.length) {
    const rows = await tx.meeting.createManyAndReturn({
      data: doc.meetings.map((m, ordinal) => {
        const period = periodOf(m.date);
        return { documentId, ordinal, kind: m.kind, status: m.status, date: m.date, dateStart: period?.start ?? null, dateEnd: period?.end ?? null, location: m.location };
      }),
      select: { id: true, ordinal: true },
    });
    for (const r of rows) meetingIds[r.ordinal] = r.id;
    const participants: { meetingId: number; officialId: number; role: string }[] = [];
    doc.meetings.forEach((m, i) => {
      const seen = new Set<number>();
      const roleOf = new Map(m.roles.map((r) => [r.name, r.role]));
      for (const name of m.participants) {
        const id = official(name);
        if (id == null || seen.has(id)) continue;
        seen.add(id);
        participants.push({ meetingId: meetingIds[i], officialId: id, role: roleOf.get(name) ?? "participant" });
      }
      addEvidence(m.evidence, { meetingId: meetingIds[i] });
    });
    if (participants.length) await tx.meetingParticipant.createMany({ data: participants });
  }

  // Proposals, dated by the meeting where they were made.
  if (doc.proposals.length) {
    const meetingStart = (i: number | null) => (i != null ? periodOf(doc.meetings[i]?.date ?? null)?.start : undefined);
    const rows = await tx.proposal.createManyAndReturn({
      data: doc.proposals.map((p, ordinal) => {
        const addresseeId = official(p.addressee);
        return {
          documentId,
          ordinal,
          kind: p.kind,
          text: p.text,
          speakerId: official(p.speaker),
          addresseeId,
          addresseeName: addresseeId == null ? p.addressee : null,
          meetingId: p.meeting != null ? (meetingIds[p.meeting] ?? null) : null,
          date: meetingStart(p.meeting) ?? docDate,
        };
      }),
      select: { id: true, ordinal: true },
    });
    const ids: number[] = [];
    for (const r of rows) ids[r.ordinal] = r.id;
    const topicRows = doc.proposals.flatMap((p, i) => [...new Set(p.topics)].map((t) => ({ proposalId: ids[i], topicId: topicIds.get(t)! })));
    if (topicRows.length) await tx.proposalTopic.createMany({ data: topicRows });
    doc.proposals.forEach((p, i) => addEvidence(p.evidence, { proposalId: ids[i] }));
  }

  // Agreements and their parties, each party resolved to an official, organisation or country.
  if (doc.agreements.length) {
    const rows = await tx.agreement.createManyAndReturn({
      data: doc.agreements.map((a, ordinal) => ({ documentId, ordinal, kind: a.kind, title: a.title, status: a.status, proposerId: official(a.proposer), date: docDate })),
      select: { id: true, ordinal: true },
    });
    const ids: number[] = [];
    for (const r of rows) ids[r.ordinal] = r.id;
    const parties = doc.agreements.flatMap((a, i) =>
      [...new Set(a.parties)].map((name) => {
        const country = lookupCountry(name);
        return {
          agreementId: ids[i],
          name,
          officialId: official(name),
          organizationId: orgIds.get(name) ?? null,
          countryId: country ? countryId(country.code) : null,
        };
      }),
    );
    if (parties.length) await tx.agreementParty.createMany({ data: parties });
    doc.agreements.forEach((a, i) => addEvidence(a.evidence, { agreementId: ids[i] }));
  }

  if (doc.targets.length) {
    const rows = await tx.target.createManyAndReturn({
      data: doc.targets.map((t, ordinal) => ({ documentId, ordinal, metric: t.metric, value: t.value, unit: t.unit, deadline: t.deadline })),
      select: { id: true, ordinal: true },
    });
    for (const r of rows) addEvidence(doc.targets[r.ordinal].evidence, { targetId: r.id });
  }

  if (evidenceRows.length) await tx.evidence.createMany({ data: evidenceRows });
}

interface EvidenceRow {
  documentId: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  officialId?: number;
  organizationId?: number;
  positionId?: number;
  meetingId?: number;
  proposalId?: number;
  agreementId?: number;
  targetId?: number;
}

async function upsertCountries(tx: Tx, codes: string[], doc: ExtractedDocument, tally: NodeTally): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (!codes.length) return ids;
  const existing = await tx.country.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  for (const c of existing) ids.set(c.code, c.id);
  const names = new Map(doc.countries.map((c) => [c.code, c.name]));
  const missing = codes.filter((c) => !ids.has(c));
  if (missing.length) {
    const rows = await tx.country.createManyAndReturn({
      data: missing.map((code) => ({ code, name: names.get(code) ?? lookupCountry(code)?.name ?? code })),
      select: { id: true, code: true },
    });
    for (const r of rows) ids.set(r.code, r.id);
  }
  tally.created = missing.length;
  tally.reused = codes.length - missing.length;
  return ids;
}

async function upsertTopics(tx: Tx, names: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (!names.length) return ids;
  const existing = await tx.topic.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  for (const t of existing) ids.set(t.name, t.id);
  const missing = names.filter((n) => !ids.has(n));
  if (missing.length) {
    const rows = await tx.topic.createManyAndReturn({ data: missing.map((name) => ({ name })), select: { id: true, name: true } });
    for (const r of rows) ids.set(r.name, r.id);
  }
  return ids;
}

function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function hasDiacritics(s: string): boolean {
  return s.normalize("NFKD") !== s || /[đĐ]/.test(s);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Deletes a document with all of its facts, and the shared nodes no other document evidences. */
export async function deleteDocument(db: Db, id: number): Promise<boolean> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const doc = await tx.document.findUnique({ where: { id }, select: { id: true } });
      if (!doc) return false;
      const touched = await clearFacts(tx as Tx, id);
      await tx.document.delete({ where: { id } });
      await collectOrphans(tx as Tx);
      await refreshOfficials(tx as Tx, touched);
      return true;
    }),
  );
}
