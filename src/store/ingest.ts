import { createHash } from "node:crypto";
import { extract, EXTRACTOR_VERSION, lookupCountry } from "../extraction/index.ts";
import type { Evidence, ExtractedDocument, ExtractOptions } from "../extraction/types.ts";
import { maxDocumentBytes, validateDocument } from "../extraction/validate.ts";
import type { Db, Tx } from "./db.ts";
import { resolveAgreements, titlesOfDocument } from "./facts/agreements.ts";
import { refreshFollowUps } from "./facts/follow-ups.ts";
import { eventsOfDocument, resolveMeetings } from "./facts/meetings.ts";
import { clearFacts, collectOrphans, refreshOfficials } from "./maintenance.ts";
import type { ExtractedRefs } from "./facts/kind.ts";
import { factKinds, type FactsByKind } from "./facts/registry.ts";
import { admissibleOfficials } from "./nodes/limits.ts";
import { findOrCreateOrganizations, inferredOrganizations } from "./nodes/organizations.ts";
import { findOrCreateCountries } from "./nodes/countries.ts";
import { prefetchNodes } from "./nodes/find-or-create.ts";
import { identityKey, namesOfDocument, nicknameKey, resolveOfficialNames } from "./nodes/identity.ts";
import { findOrCreateOfficials, writeNames, type AliasRow, type MentionRow } from "./nodes/officials.ts";
import { writePositions, type PositionInput } from "./nodes/positions.ts";
import { officialKey, organizationKey, foldText } from "./keys.ts";
import { writeTransaction } from "./changes.ts";
import { directReader } from "./direct.ts";
import { withRetry } from "./retry.ts";
import { Sql } from "./sql.ts";
import { lockResolutionAhead, writeDocumentFacts, type NodeEvidence } from "./write.ts";

export interface IngestInput {
  text: string;
  /** Path or label; a later document with the same source and other content replaces it. */
  source: string;
  /** Publication date when the text has no ` date` header. */
  date?: string;
  /** Largest document accepted in bytes (default: $DIPLOGRAPH_MAX_BYTES, else 1 MiB). */
  maxBytes?: number;
  /**
   * Runs the extraction (default: extract() on this thread). The API and the CLI pass a worker
   * pool's, which stops a document that runs past its time budget.
   */
  extract?: (text: string, options: ExtractOptions) => Promise<ExtractedDocument>;
  /** Checked after extraction: an aborted request writes nothing. */
  signal?: AbortSignal;
  /** Where a fetched page came from; stored on the Document row. */
  provenance?: Provenance;
}

export interface Provenance {
  url?: string | null;
  outlet?: string | null;
  fetchedAt?: Date | null;
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
  const admitted = validateDocument(input.text, { source: input.source, date: input.date, maxBytes: input.maxBytes ?? maxDocumentBytes(process.env) });
  const known = await findUnchanged(db, input.text, input.source);
  if (known) return known;
  const options = { source: input.source, date: admitted.date };
  const doc = input.extract ? await input.extract(input.text, options) : extract(input.text, options);
  // The client gone or its time budget spent while extracting: it was told the request failed.
  input.signal?.throwIfAborted();
  return storeExtracted(db, input.text, doc, EXTRACTOR_VERSION, input.provenance);
}

/**
 * The result for content already stored by this extractor version, or null. Checked before
 * extracting so re-ingesting a folder costs one lookup per unchanged file; the write
 * transaction checks again, so a race with another writer stays correct.
 */
export async function findUnchanged(db: Db, text: string, source: string, extractorVersion = EXTRACTOR_VERSION): Promise<IngestResult | null> {
  const hash = contentHash(text);
  // Straight to the driver when the client has a direct reader (a Prisma model read costs
  // milliseconds of client CPU; this runs once per ingested document).
  const reader = directReader(db);
  const same = reader
    ? ((await reader.rows<{ id: number; source: string; extractorVersion: string }>(`SELECT "id", "source", "extractorVersion" FROM "Document" WHERE "contentHash" = ?`, [hash]))[0] ?? null)
    : await db.document.findUnique({ where: { contentHash: hash }, select: { id: true, source: true, extractorVersion: true } });
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
export async function storeExtracted(db: Db, text: string, doc: ExtractedDocument, extractorVersion = EXTRACTOR_VERSION, provenance?: Provenance): Promise<IngestResult> {
  const hash = contentHash(text);
  return withRetry(() =>
    writeTransaction(db, (tx) => writeDocument(tx, text, hash, doc, extractorVersion, provenance)),
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

async function writeDocument(tx: Tx, text: string, hash: string, doc: ExtractedDocument, extractorVersion: string, provenance?: Provenance): Promise<IngestResult> {
  const sql = new Sql(tx);
  const now = new Date();
  const fields = {
    contentHash: hash,
    date: dayStart(doc.document.date),
    title: doc.document.title,
    dateline: doc.document.dateline,
    text,
    extractorVersion,
    wordCount: countWords(text),
    updatedAt: now,
    // Only when given: re-extraction keeps the provenance the row already has.
    ...(provenance && { url: provenance.url ?? null, outlet: provenance.outlet ?? null, fetchedAt: provenance.fetchedAt ?? null }),
  };
  const row = { source: doc.source, ...fields, ingestedAt: now };
  // The usual case, a new document, in one statement: its row is written unless this content or
  // this source is stored already (issue #16: the look-up was a statement of its own, on
  // PostgreSQL a round trip). NOT EXISTS rather than ON CONFLICT DO NOTHING, which would use up
  // an ID of the sequence on PostgreSQL for every re-extracted or replaced document.
  let [inserted] = await sql.rows<{ id: number }>(insertAbsentDocument(Object.keys(row)), [...Object.values(row), hash, doc.source]);
  let touched: number[] = [];
  let events: number[] = [];
  let titles: string[] = [];
  let officialNames: string[] = [];
  let previous: { id: number } | undefined;
  if (!inserted) {
    // One look-up for both identities: this content, and this source.
    const known = await sql.rows<{ id: number; source: string; contentHash: string; extractorVersion: string }>(
      `SELECT "id", "source", "contentHash", "extractorVersion" FROM "Document" WHERE "contentHash" = ? OR "source" = ?`,
      [hash, doc.source],
    );
    const same = known.find((d) => d.contentHash === hash);
    if (same && same.extractorVersion === extractorVersion) {
      const result = emptyResult(doc.source, "unchanged", same.id);
      if (same.source !== doc.source) result.duplicateOf = same.source;
      return result;
    }
    // Same content extracted by another extractor version, or new content at a known source: the
    // document keeps its row (and ID) while its old facts go and the new ones come in, in this one
    // transaction.
    previous = same ?? known.find((d) => d.source === doc.source);
    // The row that stopped the insert went in between (another writer's delete): write it now.
    if (!previous) [inserted] = await sql.insert<{ id: number }>("Document", Object.keys(row), [Object.values(row)], ["id"]);
  }
  let documentId: number;
  if (previous) {
    events = await eventsOfDocument(sql, previous.id);
    titles = await titlesOfDocument(sql, previous.id);
    officialNames = await namesOfDocument(sql, previous.id);
    touched = await clearFacts(tx, previous.id);
    const names = Object.keys(fields);
    await sql.exec(`UPDATE "Document" SET ${names.map((n) => `"${n}" = ?`).join(", ")} WHERE "id" = ?`, [...Object.values(fields), previous.id]);
    documentId = previous.id;
  } else {
    documentId = inserted!.id;
  }
  const result = emptyResult(doc.source, previous ? "replaced" : "created", documentId, doc);
  await writeFacts(sql, documentId, hash, doc, result, { events, titles, names: officialNames });
  if (previous) {
    await collectOrphans(tx);
    await refreshOfficials(tx, touched);
  }
  return result;
}

/**
 * Writes one document's nodes from the names its extraction gives (through the node modules,
 * nodes/*.ts, as import does from keys), then its facts through the one writer (write.ts),
 * resolving its meetings and agreements together with what the document replaced (`previous`: the
 * events, title keys and official names its old mentions had).
 */
async function writeFacts(
  sql: Sql,
  documentId: number,
  hash: string,
  doc: ExtractedDocument,
  result: IngestResult,
  previous: { events: number[]; titles: string[]; names: string[] },
): Promise<void> {
  const docDate = dayStart(doc.document.date);
  // Evidence of the document's nodes, written by the fact writer with the facts' in one statement.
  const nodeEvidence: NodeEvidence[] = [];
  const addEvidence = (evidence: Evidence[], fact: NodeEvidence["fact"], id: number) => {
    if (evidence.length) nodeEvidence.push({ fact, id, evidence });
  };

  // Countries an official, organisation or agreement party belongs to. A country the text only
  // mentions is no node: nothing would evidence it, and it would vanish at the next clean-up.
  const names = new Map(doc.countries.map((c) => [c.code, c.name]));
  const codes = new Set<string>();
  for (const o of doc.officials) if (o.country) codes.add(o.country);
  for (const o of doc.organizations) if (o.country) codes.add(o.country);
  for (const a of doc.agreements) for (const party of a.parties) {
    const country = lookupCountry(party);
    if (country) codes.add(country.code);
  }
  // The document's organisations (its own win over those only its officials' titles name) and officials, by key.
  const orgByKey = new Map([...inferredOrganizations(doc.officials, doc.organizations), ...doc.organizations].map((o) => [organizationKey(o.name), o]));
  const officialByKey = new Map(admissibleOfficials(doc.officials).map((o) => [officialKey(o.name), o]));
  // Every node row the steps below look up by key, read in one statement (nothing writes these
  // tables before their own find-or-create).
  await prefetchNodes(sql, {
    Country: codes,
    Organization: orgByKey.keys(),
    Official: [...officialByKey].map(([nameKey, o]) => identityKey(nameKey, o.country)),
    Topic: [...doc.topics, ...doc.proposals.flatMap((p) => p.topics)],
  });
  const countries = await findOrCreateCountries(sql, [...codes].map((code) => ({ code, name: names.get(code) ?? lookupCountry(code)?.name ?? code })));
  result.countries = { created: countries.created.length, reused: codes.size - countries.created.length };
  const countryId = (code: string | null | undefined) => (code ? (countries.ids.get(code) ?? null) : null);

  // Organisations, by folded name.
  const orgIds = new Map<string, number>(); // by name and by acronym
  {
    const byKey = orgByKey;
    // What an earlier document did not know is filled in.
    const { ids, created } = await findOrCreateOrganizations(
      sql,
      [...byKey].map(([key, o]) => ({ key, name: o.name, acronym: o.acronym, countryId: countryId(o.country) })),
      true,
    );
    result.organizations = { created: created.length, reused: byKey.size - created.length };
    for (const [key, o] of byKey) {
      const id = ids.get(key)!;
      orgIds.set(o.name, id);
      if (o.acronym) orgIds.set(o.acronym, id);
      addEvidence(o.evidence, "organizationId", id);
    }
  }

  // Officials: each mention first joins the official of its own name and country, then goes where
  // the rules over all reports of its name put it (nodes/identity.ts); name, country and title then
  // follow from all reports (nodes/officials.ts).
  const officialIds = new Map<string, number>(); // extracted name or alias -> id
  const officialKeys = new Map<number, string>(); // id -> name key, for resolving meetings in memory
  // Meeting events and agreement titles whose officials another document's mentions moved away from.
  const movedEvents: number[] = [];
  const movedTitles: string[] = [];
  const reportedCountry = new Map<number, string>(); // id -> the country code this report gave (as its OfficialMention holds it)
  const refreshed: number[] = []; // officials whose name, country and title follow from their reports again
  {
    const byKey = officialByKey;
    const { ids, created } = await findOrCreateOfficials(
      sql,
      [...byKey].map(([nameKey, o]) => ({
        key: identityKey(nameKey, o.country),
        nameKey,
        name: o.name,
        countryId: countryId(o.country),
        organizationId: o.organization ? (orgIds.get(o.organization) ?? null) : null,
        title: o.title,
      })),
      false,
    );
    result.officials = { created: created.length, reused: byKey.size - created.length };
    const aliasRows: AliasRow[] = [];
    const mentionRows: MentionRow[] = [];
    const nicknames: string[] = [];
    const idOf = new Map<string, number>(); // name key -> official
    for (const [nameKey, o] of byKey) {
      const id = ids.get(identityKey(nameKey, o.country))!;
      idOf.set(nameKey, id);
      mentionRows.push({ officialId: id, documentId, date: docDate, name: o.name, nameKey, countryId: countryId(o.country) });
      for (const name of new Set(o.aliases.filter((a) => a !== o.name))) {
        const nickname = nicknameKey(name, o.name);
        if (nickname) nicknames.push(nickname);
        aliasRows.push({ officialId: id, documentId, name, key: nickname, nameKey: nickname ? nameKey : null });
      }
    }
    await writeNames(sql, aliasRows, mentionRows);
    const resolution = await resolveOfficialNames(sql, [...byKey.keys(), ...nicknames, ...previous.names]);
    movedEvents.push(...resolution.events);
    movedTitles.push(...resolution.titles);
    const groupOf = new Map<number, string>();
    if (resolution.officials.length) {
      // Some mention moved: where this document's mentions ended up.
      const rows = await sql.rows<{ nameKey: string; officialId: number; group: string }>(
        `SELECT m."nameKey", m."officialId", o."nameKey" AS "group" FROM "OfficialMention" m JOIN "Official" o ON o."id" = m."officialId" WHERE m."documentId" = ?`,
        [documentId],
      );
      for (const r of rows) (idOf.set(r.nameKey, r.officialId), groupOf.set(r.officialId, r.group));
    }

    const positions: PositionInput[] = [];
    for (const [nameKey, o] of byKey) {
      const id = idOf.get(nameKey)!;
      officialKeys.set(id, groupOf.get(id) ?? nameKey);
      officialIds.set(o.name, id);
      for (const a of o.aliases) officialIds.set(a, id);
      if (o.country && countryId(o.country) != null) reportedCountry.set(id, o.country);
      if (o.title) {
        positions.push({ officialId: id, title: o.title, organizationId: o.organization ? (orgIds.get(o.organization) ?? null) : null, countryId: countryId(o.country), date: docDate, evidence: o.evidence.slice(0, 1) });
      }
      addEvidence(o.evidence, "officialId", id);
    }
    nodeEvidence.push(...(await writePositions(sql, documentId, positions)));
    refreshed.push(...idOf.values(), ...resolution.officials);
  }
  const refs: ExtractedRefs = {
    official: (name) => (name ? (officialIds.get(name) ?? null) : null),
    organization: (name) => orgIds.get(name) ?? null,
    countryOfName: (name) => {
      const country = lookupCountry(name);
      return country ? countryId(country.code) : null;
    },
    docDate,
  };

  // The facts, each kind mapped from the extraction by its module, through the one writer (write.ts).
  const facts = Object.fromEntries(factKinds().map((k) => [k.key, k.fromExtracted(doc, refs)])) as FactsByKind;
  const touched = { events: [...previous.events, ...movedEvents], titles: [...previous.titles, ...movedTitles] };
  // The officials' refresh carries the locks their resolution will take (facts/locks.ts aheadLocks).
  lockResolutionAhead(sql, facts, touched);
  await refreshOfficials(sql.tx, refreshed);
  await writeDocumentFacts(sql, documentId, { contentHash: hash, date: doc.document.date, topics: doc.topics, facts, nodeEvidence, known: { officialKeys, reportedCountry } }, touched);
}

function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The document row's insert when neither its content (the first key parameter) nor its source (the second) is stored. */
function insertAbsentDocument(columns: string[]): string {
  const key = columns.join("\u0000");
  let text = absentInserts.get(key);
  if (text === undefined) {
    text =
      `INSERT INTO "Document" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${columns.map(() => "?").join(", ")}` +
      ` WHERE NOT EXISTS (SELECT 1 FROM "Document" WHERE "contentHash" = ? OR "source" = ?) RETURNING "id"`;
    absentInserts.set(key, text);
  }
  return text;
}
// By column list: with or without provenance.
const absentInserts = new Map<string, string>();

/** Deletes a document with all of its facts, and the shared nodes no other document evidences. */
export async function deleteDocument(db: Db, id: number): Promise<boolean> {
  return withRetry(() =>
    writeTransaction(db, async (tx) => {
      const doc = await tx.document.findUnique({ where: { id }, select: { id: true } });
      if (!doc) return false;
      const sql = new Sql(tx as Tx);
      const events = await eventsOfDocument(sql, id);
      const titles = await titlesOfDocument(sql, id);
      const names = await namesOfDocument(sql, id);
      const touched = await clearFacts(tx as Tx, id);
      // Officials of its names are resolved without its mentions and nicknames; then, before the
      // document goes, events and instruments it named move to the reports that remain.
      const resolution = await resolveOfficialNames(sql, names);
      const meetings = await resolveMeetings(sql, [], [...events, ...resolution.events]);
      const agreements = await resolveAgreements(sql, [...titles, ...resolution.titles]);
      await refreshFollowUps(sql, { meetings: [...meetings.values()], agreements: [...agreements.values()] });
      await tx.document.delete({ where: { id } });
      await collectOrphans(tx as Tx);
      await refreshOfficials(tx as Tx, [...touched, ...resolution.officials]);
      return true;
    }),
  );
}
