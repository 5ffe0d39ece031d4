// Loads a graph exported by export.ts into an empty or existing database. The whole file is read
// and checked first (JSON, known types, fields, references, and every document admitted by the
// same rules as ingest: its hash, its evidence spans, date, size, language, HTML, NUL), so a
// damaged or forged file writes nothing and the error names each bad line. Then the shared nodes are merged by their natural keys, and each
// document is written with its facts in one transaction of its own: a document whose content is
// already stored by the same extractor version is left alone, so importing a file twice changes
// nothing.
import { DocumentError } from "../extraction/types.ts";
import { importDecisions, type CuratedKind, type CuratorAction } from "./curate.ts";
import { dateProblem, maxDocumentBytes, validateDocument } from "../extraction/validate.ts";
import type { Db, Tx } from "./db.ts";
import { EXPORT_FORMAT, EXPORT_VERSION, type EvidenceLine, type ExportLine } from "./export.ts";
import { contentHash } from "./ingest.ts";
import { foldText, officialKey } from "./keys.ts";
import { resolveAgreements, titlesOfDocument, writeAgreementMentions } from "./facts/agreements.ts";
import { refreshFollowUps } from "./facts/follow-ups.ts";
import { eventsOfDocument, resolveMeetings, writeMeetingMentions } from "./facts/meetings.ts";
import { clearFacts, refreshOfficials } from "./maintenance.ts";
import { countryIdentifiers } from "./nodes/countries.ts";
import { namesOfDocument, nicknameKey, resolveOfficialNames } from "./nodes/identity.ts";
import { writeMentions } from "./nodes/officials.ts";
import { writeTransaction } from "./changes.ts";
import { withRetry } from "./retry.ts";
import { Sql } from "./sql.ts";

type Line<T extends ExportLine["type"]> = Extract<ExportLine, { type: T }> & { line: number };
type CountryLine = Line<"country">;
type OrganizationLine = Line<"organization">;
type OfficialLine = Line<"official">;
type TopicLine = Line<"topic">;
type DocumentLine = Line<"document">;
type FactLine = Line<"mention" | "position" | "meeting" | "proposal" | "agreement" | "target">;
type DecisionLine = Line<"decision">;

export interface DocumentGroup {
  document: DocumentLine;
  facts: FactLine[];
}

export interface ParsedGraph {
  countries: Map<string, CountryLine>;
  organizations: Map<string, OrganizationLine>;
  officials: Map<string, OfficialLine>;
  topics: Map<string, TopicLine>;
  documents: DocumentGroup[];
  /** Curator decisions (src/store/curate.ts); absent from older exports. */
  decisions: DecisionLine[];
}

/** A file that cannot be imported; `errors` lists every problem found, each naming its line. */
export class ImportFormatError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.length === 1 ? errors[0] : `${errors.length} problems:\n${errors.slice(0, 20).join("\n")}${errors.length > 20 ? `\n... and ${errors.length - 20} more` : ""}`);
    this.name = "ImportFormatError";
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing and checking

type FieldKind = "string" | "string?" | "absent|string?" | "number" | "int" | "int?" | "strings" | "evidence" | "participants" | "parties" | "decisionMentions";

const FIELDS: Record<ExportLine["type"], Record<string, FieldKind>> = {
  header: { format: "string", version: "int" },
  country: { id: "string", code: "string", name: "string", alpha3: "absent|string?", wikidataId: "absent|string?" },
  organization: { id: "string", key: "string", name: "string", acronym: "string?", country: "string?" },
  official: { id: "string", key: "string", name: "string", country: "string?", organization: "string?", title: "string?" },
  topic: { id: "string", name: "string" },
  document: {
    id: "string",
    source: "string",
    contentHash: "string",
    date: "string",
    title: "string?",
    dateline: "string?",
    extractorVersion: "string",
    wordCount: "int",
    ingestedAt: "string",
    url: "absent|string?",
    outlet: "absent|string?",
    fetchedAt: "absent|string?",
    topics: "strings",
    text: "string",
  },
  mention: { document: "string", node: "string", aliases: "strings", evidence: "evidence", name: "absent|string?", country: "absent|string?" },
  position: { id: "string", document: "string", official: "string", title: "string", organization: "string?", country: "string?", date: "string", evidence: "evidence" },
  meeting: {
    id: "string",
    document: "string",
    ordinal: "int",
    kind: "string",
    status: "string",
    date: "string?",
    dateStart: "string?",
    dateEnd: "string?",
    location: "string?",
    participants: "participants",
    evidence: "evidence",
    event: "absent|string?",
    rule: "absent|string?",
  },
  proposal: {
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
  },
  agreement: {
    id: "string",
    document: "string",
    ordinal: "int",
    kind: "string",
    title: "string",
    status: "string",
    proposer: "string?",
    date: "string",
    parties: "parties",
    evidence: "evidence",
    instrument: "absent|string?",
    rule: "absent|string?",
  },
  target: { id: "string", document: "string", ordinal: "int", metric: "string", value: "number", unit: "string", deadline: "string?", evidence: "evidence" },
  decision: { action: "string", kind: "string", createdAt: "string", note: "string?", mentions: "decisionMentions" },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => typeof v === "number" && Number.isInteger(v);
const isStringOrNull = (v: unknown) => v === null || typeof v === "string";

function checkField(kind: FieldKind, v: unknown): string | null {
  switch (kind) {
    case "string":
      return typeof v === "string" ? null : "must be a string";
    case "string?":
      return isStringOrNull(v) ? null : "must be a string or null";
    case "absent|string?":
      return v === undefined || isStringOrNull(v) ? null : "must be a string or null when given";
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? null : "must be a number";
    case "int":
      return isInt(v) ? null : "must be a whole number";
    case "int?":
      return v === null || isInt(v) ? null : "must be a whole number or null";
    case "strings":
      return Array.isArray(v) && v.every((s) => typeof s === "string") ? null : "must be a list of strings";
    case "evidence":
      return Array.isArray(v) && v.every((e) => isObject(e) && isInt(e.sentence) && isInt(e.start) && isInt(e.end) && typeof e.text === "string")
        ? null
        : "must be a list of {sentence, start, end, text}";
    case "participants":
      return Array.isArray(v) && v.every((p) => isObject(p) && typeof p.official === "string" && typeof p.role === "string") ? null : "must be a list of {official, role}";
    case "parties":
      return Array.isArray(v) &&
        v.every((p) => isObject(p) && typeof p.name === "string" && isStringOrNull(p.official) && isStringOrNull(p.organization) && isStringOrNull(p.country))
        ? null
        : "must be a list of {name, official, organization, country}";
    case "decisionMentions":
      return Array.isArray(v) && v.length > 0 && v.every((m) => isObject(m) && typeof m.document === "string" && isInt(m.ordinal) && isInt(m.side))
        ? null
        : "must be a non-empty list of {document, ordinal, side}";
  }
}

const isDate = (s: string) => !Number.isNaN(Date.parse(s));

export interface ParseOptions {
  /** Largest document text accepted, in UTF-8 bytes (default: DIPLOGRAPH_MAX_BYTES, as ingest). */
  maxBytes?: number;
  /** "Today", for the future-date rule (default: now). */
  now?: Date;
}

/** The first field of `value` (searched depth-first) holding a string with a NUL character. */
function nulField(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulField(v, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const found = nulField(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The reasons a document line must not go in, checked as ingest checks a file (the shared
 * admission rules of src/extraction/validate.ts) plus what only an export can get wrong: a text
 * that is not the one its hash and ID name, or a stored date the text contradicts. `refused` is
 * true when the text itself is not admitted (its evidence spans are then not worth checking).
 */
function documentProblems(d: DocumentLine, options: ParseOptions): { problems: string[]; refused: boolean } {
  const problems: string[] = [];
  const hash = contentHash(d.text);
  if (hash !== d.contentHash) problems.push(`document.contentHash does not match the text (the text hashes to ${hash})`);
  else if (d.id !== `document:${hash}`) problems.push(`document.id must be "document:${hash}"`);
  if (typeof d.fetchedAt === "string" && !isDate(d.fetchedAt)) problems.push("document.fetchedAt must be an ISO date");
  const day = d.date.slice(0, 10);
  const bad = dateProblem(day, options.now);
  if (bad) problems.push(`document.date ${bad}`);
  try {
    const admitted = validateDocument(d.text, { source: d.source, date: day, maxBytes: options.maxBytes ?? maxDocumentBytes(process.env), now: options.now });
    if (admitted.dateFrom === "header" && admitted.date !== day) problems.push(`document.date ${day} differs from the text's date header ${admitted.date}`);
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    problems.push(`document refused: ${e.message}`);
    return { problems, refused: true };
  }
  return { problems, refused: false };
}

/** Why an evidence span is not a quotation of `text`, or null. */
function spanProblem(field: string, k: number, e: EvidenceLine, text: string): string | null {
  if (e.start < 0 || e.end < e.start || e.end > text.length) return `${field} [${k}] spans ${e.start}-${e.end}, outside the document's text (${text.length} characters)`;
  const quoted = text.slice(e.start, e.end);
  return quoted === e.text ? null : `${field} [${k}] quotes ${JSON.stringify(e.text)}, but the text at ${e.start}-${e.end} is ${JSON.stringify(quoted)}`;
}

/** Parses and checks a whole export; throws ImportFormatError listing every problem by line. */
export function parseExport(content: string, options: ParseOptions = {}): ParsedGraph {
  const errors: string[] = [];
  const graph: ParsedGraph = { countries: new Map(), organizations: new Map(), officials: new Map(), topics: new Map(), documents: [], decisions: [] };
  const documentIds = new Set<string>();
  const seenIds = new Map<string, number>();
  const refusedTexts = new Set<string>();
  const lines = content.split("\n");
  let header = false;
  let current: DocumentGroup | null = null;

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i].replace(/\r$/, "");
    if (!raw.trim()) continue;
    const fail = (msg: string) => errors.push(`line ${n}: ${msg}`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      fail(`not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (!isObject(value)) {
      fail("expected a JSON object");
      continue;
    }
    const type = value.type;
    if (typeof type !== "string" || !Object.hasOwn(FIELDS, type)) {
      fail(`unknown type ${JSON.stringify(type)} (expected one of ${Object.keys(FIELDS).join(", ")})`);
      continue;
    }
    const problems = Object.entries(FIELDS[type as ExportLine["type"]])
      .map(([field, kind]) => {
        const p = checkField(kind, value[field]);
        return p && `${type}.${field} ${p}`;
      })
      .filter((p): p is string => !!p);
    if (problems.length) {
      fail(problems.join("; "));
      continue;
    }
    // PostgreSQL cannot store NUL in text and SQLite would keep it: refused everywhere, as ingest
    // refuses it (a document's text is judged, with the other reasons, by the admission rules).
    const nul = nulField(type === "document" ? { ...value, text: "" } : value, "");
    if (nul) fail(`${type}.${nul} contains a NUL character`);
    const entry = { ...value, line: n } as FactLine | CountryLine | OrganizationLine | OfficialLine | TopicLine | DocumentLine | DecisionLine | Line<"header">;
    if (entry.type === "header") {
      if (entry.format !== EXPORT_FORMAT) fail(`not a diplograph export (format ${JSON.stringify(entry.format)}, expected "${EXPORT_FORMAT}")`);
      else if (entry.version > EXPORT_VERSION) fail(`export format version ${entry.version} is newer than this diplograph reads (${EXPORT_VERSION})`);
      header = true;
      continue;
    }
    if (!header) {
      fail(`expected the header line {"type":"header","format":"${EXPORT_FORMAT}",...} before any ${entry.type}`);
      header = true; // report it once
    }
    if ("id" in entry) {
      const prev = seenIds.get(entry.id);
      if (prev !== undefined) {
        fail(`duplicate id ${JSON.stringify(entry.id)} (first at line ${prev})`);
        continue;
      }
      seenIds.set(entry.id, n);
    }
    switch (entry.type) {
      case "country":
        graph.countries.set(entry.id, entry);
        break;
      case "organization":
        graph.organizations.set(entry.id, entry);
        break;
      case "official":
        graph.officials.set(entry.id, entry);
        break;
      case "topic":
        graph.topics.set(entry.id, entry);
        break;
      case "decision":
        // Decisions name documents by content hash; those documents need not be in this file.
        if (!["join", "split"].includes(entry.action)) fail(`decision.action must be "join" or "split", not ${JSON.stringify(entry.action)}`);
        else if (!["meeting", "agreement"].includes(entry.kind)) fail(`decision.kind must be "meeting" or "agreement", not ${JSON.stringify(entry.kind)}`);
        else if (!isDate(entry.createdAt)) fail("decision.createdAt must be an ISO date");
        else if (entry.mentions.some((m) => !/^document:[0-9a-f]{64}$/.test(m.document) || m.ordinal < 0 || m.side < 0)) fail("decision.mentions must name documents as document:<content hash>, with ordinals and sides from 0");
        else graph.decisions.push(entry);
        break;
      case "document":
        if (!isDate(entry.date) || !isDate(entry.ingestedAt)) fail("document.date and document.ingestedAt must be ISO dates");
        else {
          const checked = documentProblems(entry, options);
          checked.problems.forEach(fail);
          if (checked.refused) refusedTexts.add(entry.id);
        }
        current = { document: entry, facts: [] };
        documentIds.add(entry.id);
        graph.documents.push(current);
        break;
      default:
        if (!current || entry.document !== current.document.id) {
          fail(`${entry.type} belongs to ${entry.document}, but ${current ? `the document above it is ${current.document.id}` : "no document line comes before it"}`);
          continue;
        }
        current.facts.push(entry);
    }
  }
  if (!header && errors.length === 0) errors.push("line 1: empty file (no header line)");

  // References: every node a line names must be defined in the file.
  const checkRef = (line: number, what: string, ref: string | null, map: Map<string, unknown>) => {
    if (ref !== null && !map.has(ref)) errors.push(`line ${line}: ${what} refers to ${JSON.stringify(ref)}, which the file does not define`);
  };
  for (const o of graph.organizations.values()) checkRef(o.line, "organization.country", o.country, graph.countries);
  for (const o of graph.officials.values()) {
    checkRef(o.line, "official.country", o.country, graph.countries);
    checkRef(o.line, "official.organization", o.organization, graph.organizations);
  }
  const anyNode = new Map<string, unknown>([...graph.countries, ...graph.organizations, ...graph.officials]);
  for (const g of graph.documents) {
    const d = g.document;
    for (const t of d.topics) checkRef(d.line, "document.topics", t, graph.topics);
    const meetings = new Set(g.facts.filter((f) => f.type === "meeting").map((f) => f.id));
    for (const f of g.facts) {
      if (!refusedTexts.has(d.id)) {
        for (const [k, e] of f.evidence.entries()) {
          const p = spanProblem(`${f.type}.evidence`, k, e, d.text);
          if (p) errors.push(`line ${f.line}: ${p}`);
        }
      }
      switch (f.type) {
        case "mention":
          checkRef(f.line, "mention.node", f.node, anyNode);
          if (f.aliases.length && !graph.officials.has(f.node)) errors.push(`line ${f.line}: only officials have aliases`);
          if ((f.name !== undefined || f.country !== undefined) && !graph.officials.has(f.node)) errors.push(`line ${f.line}: only officials have a reported name and country`);
          if (f.country != null) checkRef(f.line, "mention.country", f.country, graph.countries);
          break;
        case "position":
          checkRef(f.line, "position.official", f.official, graph.officials);
          checkRef(f.line, "position.organization", f.organization, graph.organizations);
          checkRef(f.line, "position.country", f.country, graph.countries);
          if (!isDate(f.date)) errors.push(`line ${f.line}: position.date must be an ISO date`);
          break;
        case "meeting":
          for (const p of f.participants) checkRef(f.line, "meeting.participants", p.official, graph.officials);
          break;
        case "proposal":
          checkRef(f.line, "proposal.speaker", f.speaker, graph.officials);
          checkRef(f.line, "proposal.addressee", f.addressee, graph.officials);
          for (const t of f.topics) checkRef(f.line, "proposal.topics", t, graph.topics);
          if (f.meeting !== null && !meetings.has(f.meeting)) errors.push(`line ${f.line}: proposal.meeting refers to ${JSON.stringify(f.meeting)}, not a meeting of this document`);
          if (!isDate(f.date)) errors.push(`line ${f.line}: proposal.date must be an ISO date`);
          break;
        case "agreement":
          checkRef(f.line, "agreement.proposer", f.proposer, graph.officials);
          for (const p of f.parties) {
            checkRef(f.line, "agreement.parties", p.official, graph.officials);
            checkRef(f.line, "agreement.parties", p.organization, graph.organizations);
            checkRef(f.line, "agreement.parties", p.country, graph.countries);
          }
          if (!isDate(f.date)) errors.push(`line ${f.line}: agreement.date must be an ISO date`);
          break;
        case "target":
          break;
      }
    }
  }
  if (errors.length) throw new ImportFormatError(errors);
  return graph;
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface ImportDocumentResult {
  source: string;
  status: "created" | "replaced" | "unchanged" | "failed";
  reason?: string;
}

export interface ImportSummary {
  nodes: { created: number; existing: number };
  documents: { created: number; replaced: number; unchanged: number; failed: number };
  failures: { source: string; line: number; reason: string }[];
  /** Curator decisions the database did not hold yet. */
  decisions: number;
}

export interface ImportOptions {
  /** Called after each document. */
  onDocument?: (result: ImportDocumentResult, index: number, total: number) => void;
}

type NodeIds = { countries: Map<string, number>; organizations: Map<string, number>; officials: Map<string, number>; topics: Map<string, number> };

/** Imports a parsed export: shared nodes first, then one transaction per document. */
export async function importGraph(db: Db, graph: ParsedGraph, options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { nodes: { created: 0, existing: 0 }, documents: { created: 0, replaced: 0, unchanged: 0, failed: 0 }, failures: [], decisions: 0 };
  // Officials this import creates take their current title from the file; the title of an
  // official the database already had is recomputed from all of its positions.
  const createdOfficials = new Set<string>();
  const createdUpFront = new Set<string>();
  await withRetry(() =>
    writeTransaction(
      db,
      async (tx) => {
        const created = new Set<string>();
        await ensureNodes(tx as Tx, graph, allNodeRefs(graph), created, true);
        for (const r of created) createdUpFront.add(r);
        summary.nodes.created = created.size;
        summary.nodes.existing = graph.countries.size + graph.organizations.size + graph.officials.size + graph.topics.size - created.size;
        for (const ref of created) if (graph.officials.has(ref)) createdOfficials.add(ref);
        // Decisions before documents, so that each document's resolution consults them.
        summary.decisions = await importDecisions(
          tx as Tx,
          graph.decisions.map((d) => ({
            action: d.action as CuratorAction,
            kind: d.kind as CuratedKind,
            createdAt: new Date(d.createdAt),
            note: d.note,
            mentions: d.mentions.map((m) => ({ key: `${m.document.slice("document:".length)}/${m.ordinal}`, side: m.side })),
          })),
        );
      },
      { timeout: 600_000 },
    ),
  );

  const total = graph.documents.length;
  for (const [index, group] of graph.documents.entries()) {
    let result: ImportDocumentResult;
    try {
      const status = await withRetry(() =>
        writeTransaction(db, (tx) => importDocument(tx, graph, group, createdOfficials)),
      );
      result = { source: group.document.source, status };
      summary.documents[status]++;
    } catch (err) {
      const reason = (err as Error).message?.split("\n").find((l) => l.trim())?.trim() ?? String(err);
      result = { source: group.document.source, status: "failed", reason };
      summary.documents.failed++;
      summary.failures.push({ source: group.document.source, line: group.document.line, reason });
    }
    options.onDocument?.(result, index, total);
  }
  // Nodes created up front only for documents that then failed would be evidenced by nothing.
  if (summary.documents.failed) {
    const failed = new Set(summary.failures.map((f) => f.line));
    const needed = new Set<string>();
    const orphaned = new Set<string>();
    for (const g of graph.documents) for (const r of documentNodeRefs(graph, g)) (failed.has(g.document.line) ? orphaned : needed).add(r);
    const drop = [...orphaned].filter((r) => !needed.has(r) && createdUpFront.has(r));
    if (drop.length) await withRetry(() => writeTransaction(db, (tx) => dropUnused(tx, graph, drop), { timeout: 600_000 }));
  }
  return summary;
}

interface Candidates {
  officials: number[];
  organizations: number[];
  countries: number[];
  topics: number[];
}

/**
 * The shared nodes a document's current facts refer to: the only ones replacing those facts can
 * leave unreferenced. (A global collectOrphans here would also remove the nodes this import
 * created up front for documents it has not written yet.)
 */
async function orphanCandidates(tx: Tx, documentId: number): Promise<Candidates> {
  const [evidence, positions, parties, docTopics, proposalTopics] = await Promise.all([
    tx.evidence.findMany({ where: { documentId }, select: { officialId: true, organizationId: true, countryId: true } }),
    tx.position.findMany({ where: { documentId }, select: { officialId: true, organizationId: true, countryId: true } }),
    tx.agreementParty.findMany({ where: { mention: { documentId } }, select: { officialId: true, organizationId: true, countryId: true } }),
    tx.documentTopic.findMany({ where: { documentId }, select: { topicId: true } }),
    tx.proposalTopic.findMany({ where: { proposal: { documentId } }, select: { topicId: true } }),
  ]);
  const rows = [...evidence, ...positions, ...parties];
  const officials = new Set(rows.map((r) => r.officialId).filter((id): id is number => id != null));
  const organizations = new Set(rows.map((r) => r.organizationId).filter((id): id is number => id != null));
  const countries = new Set(rows.map((r) => r.countryId).filter((id): id is number => id != null));
  // An official that goes may take the last reference to its organisation and country with it.
  for (const o of await tx.official.findMany({ where: { id: { in: [...officials] } }, select: { organizationId: true, countryId: true } })) {
    if (o.organizationId != null) organizations.add(o.organizationId);
    if (o.countryId != null) countries.add(o.countryId);
  }
  for (const o of await tx.organization.findMany({ where: { id: { in: [...organizations] } }, select: { countryId: true } })) {
    if (o.countryId != null) countries.add(o.countryId);
  }
  return {
    officials: [...officials],
    organizations: [...organizations],
    countries: [...countries],
    topics: [...new Set([...docTopics, ...proposalTopics].map((t) => t.topicId))],
  };
}

/** Deletes those candidates nothing refers to any more (the criteria of collectOrphans). */
async function collectCandidates(tx: Tx, c: Candidates): Promise<void> {
  await tx.official.deleteMany({ where: { id: { in: c.officials }, evidence: { none: {} } } });
  await tx.organization.deleteMany({
    where: { id: { in: c.organizations }, evidence: { none: {} }, positions: { none: {} }, parties: { none: {} }, officials: { none: {} } },
  });
  await tx.country.deleteMany({
    where: { id: { in: c.countries }, officials: { none: {} }, organizations: { none: {} }, positions: { none: {} }, parties: { none: {} }, evidence: { none: {} }, officialMentions: { none: {} } },
  });
  await tx.topic.deleteMany({ where: { id: { in: c.topics }, documents: { none: {} }, proposals: { none: {} } } });
}

/** Deletes the given nodes where nothing refers to them (the criteria of collectOrphans). */
async function dropUnused(tx: Tx, graph: ParsedGraph, refs: string[]): Promise<void> {
  const keysOf = <T>(map: Map<string, T>, key: (t: T) => string) => refs.filter((r) => map.has(r)).map((r) => key(map.get(r)!));
  await tx.official.deleteMany({ where: { key: { in: keysOf(graph.officials, (o) => o.key) }, evidence: { none: {} } } });
  await tx.organization.deleteMany({
    where: { key: { in: keysOf(graph.organizations, (o) => o.key) }, evidence: { none: {} }, positions: { none: {} }, parties: { none: {} }, officials: { none: {} } },
  });
  await tx.country.deleteMany({
    where: {
      code: { in: keysOf(graph.countries, (c) => c.code) },
      officials: { none: {} },
      organizations: { none: {} },
      positions: { none: {} },
      parties: { none: {} },
      evidence: { none: {} },
      officialMentions: { none: {} },
    },
  });
  await tx.topic.deleteMany({ where: { name: { in: keysOf(graph.topics, (t) => t.name) }, documents: { none: {} }, proposals: { none: {} } } });
}

function allNodeRefs(graph: ParsedGraph): Set<string> {
  return new Set([...graph.countries.keys(), ...graph.organizations.keys(), ...graph.officials.keys(), ...graph.topics.keys()]);
}

/** The node references one document's lines use, including the nodes those nodes refer to. */
function documentNodeRefs(graph: ParsedGraph, group: DocumentGroup): Set<string> {
  const refs = new Set<string>(group.document.topics);
  const add = (r: string | null) => r !== null && refs.add(r);
  for (const f of group.facts) {
    switch (f.type) {
      case "mention":
        add(f.node);
        add(f.country ?? null);
        break;
      case "position":
        add(f.official);
        add(f.organization);
        add(f.country);
        break;
      case "meeting":
        f.participants.forEach((p) => add(p.official));
        break;
      case "proposal":
        add(f.speaker);
        add(f.addressee);
        f.topics.forEach(add);
        break;
      case "agreement":
        add(f.proposer);
        f.parties.forEach((p) => (add(p.official), add(p.organization), add(p.country)));
        break;
    }
  }
  // Close over node-to-node references (official -> organisation -> country).
  for (const r of [...refs]) {
    const o = graph.officials.get(r);
    if (o) (add(o.organization), add(o.country));
  }
  for (const r of [...refs]) {
    const o = graph.organizations.get(r);
    if (o) add(o.country);
  }
  return refs;
}

/**
 * Finds or creates the given nodes by natural key and returns their database IDs. An existing
 * node keeps its attributes; with `fill`, what it lacks (acronym, country) is filled in from the
 * file, as ingestion does.
 */
async function ensureNodes(tx: Tx, graph: ParsedGraph, refs: Set<string>, created: Set<string>, fill: boolean): Promise<NodeIds> {
  const ids: NodeIds = { countries: new Map(), organizations: new Map(), officials: new Map(), topics: new Map() };
  const pick = <T>(map: Map<string, T>) => [...refs].filter((r) => map.has(r)).map((r) => map.get(r)!);

  const countries = pick(graph.countries);
  if (countries.length) {
    const existing = await tx.country.findMany({ where: { code: { in: countries.map((c) => c.code) } }, select: { id: true, code: true } });
    const byCode = new Map(existing.map((c) => [c.code, c.id]));
    const missing = countries.filter((c) => !byCode.has(c.code));
    if (missing.length) {
      const rows = await tx.country.createManyAndReturn({ data: missing.map((c) => ({ code: c.code, name: c.name, ...countryIdentifiers(c.code) })), select: { id: true, code: true } });
      for (const r of rows) byCode.set(r.code, r.id);
      for (const c of missing) created.add(c.id);
    }
    for (const c of countries) ids.countries.set(c.id, byCode.get(c.code)!);
  }
  const countryId = (ref: string | null) => (ref === null ? null : (ids.countries.get(ref) ?? null));

  const organizations = pick(graph.organizations);
  if (organizations.length) {
    const existing = await tx.organization.findMany({
      where: { key: { in: organizations.map((o) => o.key) } },
      select: { id: true, key: true, acronym: true, countryId: true },
    });
    const byKey = new Map(existing.map((o) => [o.key, o]));
    const missing = organizations.filter((o) => !byKey.has(o.key));
    if (missing.length) {
      const rows = await tx.organization.createManyAndReturn({
        data: missing.map((o) => ({ key: o.key, name: o.name, acronym: o.acronym, countryId: countryId(o.country) })),
        select: { id: true, key: true, acronym: true, countryId: true },
      });
      for (const r of rows) byKey.set(r.key, r);
      for (const o of missing) created.add(o.id);
    }
    for (const o of organizations) {
      const row = byKey.get(o.key)!;
      ids.organizations.set(o.id, row.id);
      if (fill && !created.has(o.id)) {
        const patch: { acronym?: string; countryId?: number } = {};
        if (!row.acronym && o.acronym) patch.acronym = o.acronym;
        const cid = countryId(o.country);
        if (row.countryId == null && cid != null) patch.countryId = cid;
        if (Object.keys(patch).length) await tx.organization.update({ where: { id: row.id }, data: patch });
      }
    }
  }
  const orgId = (ref: string | null) => (ref === null ? null : (ids.organizations.get(ref) ?? null));

  const officials = pick(graph.officials);
  if (officials.length) {
    const existing = await tx.official.findMany({ where: { key: { in: officials.map((o) => o.key) } }, select: { id: true, key: true, countryId: true } });
    const byKey = new Map(existing.map((o) => [o.key, o]));
    const missing = officials.filter((o) => !byKey.has(o.key));
    if (missing.length) {
      const rows = await tx.official.createManyAndReturn({
        data: missing.map((o) => ({
          key: o.key,
          // Exports from before identities keyed officials by name alone: the same name key.
          nameKey: o.key.split("@")[0],
          name: o.name,
          searchName: foldText(o.name),
          countryId: countryId(o.country),
          organizationId: orgId(o.organization),
          title: o.title,
        })),
        select: { id: true, key: true, countryId: true },
      });
      for (const r of rows) byKey.set(r.key, r);
      for (const o of missing) created.add(o.id);
    }
    for (const o of officials) {
      const row = byKey.get(o.key)!;
      ids.officials.set(o.id, row.id);
      const cid = countryId(o.country);
      if (fill && !created.has(o.id) && row.countryId == null && cid != null) await tx.official.update({ where: { id: row.id }, data: { countryId: cid } });
    }
  }

  const topics = pick(graph.topics);
  if (topics.length) {
    const existing = await tx.topic.findMany({ where: { name: { in: topics.map((t) => t.name) } }, select: { id: true, name: true } });
    const byName = new Map(existing.map((t) => [t.name, t.id]));
    const missing = topics.filter((t) => !byName.has(t.name));
    if (missing.length) {
      const rows = await tx.topic.createManyAndReturn({ data: missing.map((t) => ({ name: t.name })), select: { id: true, name: true } });
      for (const r of rows) byName.set(r.name, r.id);
      for (const t of missing) created.add(t.id);
    }
    for (const t of topics) ids.topics.set(t.id, byName.get(t.name)!);
  }
  return ids;
}

interface EvidenceRow {
  documentId: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  officialId?: number;
  organizationId?: number;
  countryId?: number;
  positionId?: number;
  meetingMentionId?: number;
  proposalId?: number;
  agreementMentionId?: number;
  targetId?: number;
}

async function importDocument(tx: Tx, graph: ParsedGraph, group: DocumentGroup, createdOfficials: Set<string>): Promise<"created" | "replaced" | "unchanged"> {
  const d = group.document;
  const same = await tx.document.findUnique({ where: { contentHash: d.contentHash }, select: { id: true, extractorVersion: true } });
  if (same && same.extractorVersion === d.extractorVersion) return "unchanged";
  // The same content from another extractor version, or other content at a known source: the
  // stored document keeps its row and ID, and its facts are replaced by the file's.
  const previous = same ?? (await tx.document.findUnique({ where: { source: d.source }, select: { id: true } }));
  const data = {
    contentHash: d.contentHash,
    date: new Date(d.date),
    title: d.title,
    dateline: d.dateline,
    text: d.text,
    extractorVersion: d.extractorVersion,
    wordCount: d.wordCount,
    // Older exports have no provenance: then a replaced document keeps the one it has.
    ...(d.url !== undefined && { url: d.url }),
    ...(d.outlet !== undefined && { outlet: d.outlet }),
    ...(d.fetchedAt !== undefined && { fetchedAt: d.fetchedAt === null ? null : new Date(d.fetchedAt) }),
  };
  const sql = new Sql(tx);
  let touched: number[] = [];
  let events: number[] = [];
  let titles: string[] = [];
  let previousNames: string[] = [];
  let candidates: Candidates | null = null;
  if (previous) {
    candidates = await orphanCandidates(tx, previous.id);
    events = await eventsOfDocument(sql, previous.id);
    titles = await titlesOfDocument(sql, previous.id);
    previousNames = await namesOfDocument(sql, previous.id);
    touched = await clearFacts(tx, previous.id);
  }
  const documentId = previous
    ? (await tx.document.update({ where: { id: previous.id }, data, select: { id: true } })).id
    : (await tx.document.create({ data: { ...data, source: d.source, ingestedAt: new Date(d.ingestedAt) }, select: { id: true } })).id;

  // Nodes may have been collected by another writer since the node phase: find or re-create them.
  const created = new Set<string>();
  const ids = await ensureNodes(tx, graph, documentNodeRefs(graph, group), created, false);
  for (const r of created) if (graph.officials.has(r)) createdOfficials.add(r);
  const node = (ref: string | null, map: Map<string, number>) => (ref === null ? null : map.get(ref)!);
  const anyNode = (ref: string): Partial<EvidenceRow> =>
    ids.officials.has(ref) ? { officialId: ids.officials.get(ref) } : ids.organizations.has(ref) ? { organizationId: ids.organizations.get(ref) } : { countryId: ids.countries.get(ref) };

  const evidence: EvidenceRow[] = [];
  const addEvidence = (lines: EvidenceLine[], owner: Partial<EvidenceRow>) => {
    for (const e of lines) evidence.push({ documentId, sentence: e.sentence, start: e.start, end: e.end, text: e.text, ...owner });
  };

  if (d.topics.length) await tx.documentTopic.createMany({ data: [...new Set(d.topics)].map((t) => ({ documentId, topicId: ids.topics.get(t)! })) });

  // Each kind of fact in one statement (the facts of a document are few; the documents many).
  const of = <T extends FactLine["type"]>(type: T) => group.facts.filter((f): f is Extract<FactLine, { type: T }> => f.type === type);
  const mentions = of("mention");
  const positions = of("position");
  const meetings = of("meeting");
  const proposals = of("proposal");
  const agreements = of("agreement");
  const targets = of("target");

  const aliases = mentions.flatMap((m) => {
    const officialId = ids.officials.get(m.node);
    return officialId === undefined
      ? []
      : [...new Set(m.aliases)].map((name) => {
          const key = m.name != null ? nicknameKey(name, m.name) : null;
          return { officialId, documentId, name, key, nameKey: key ? officialKey(m.name!) : null };
        });
  });
  if (aliases.length) await tx.alias.createMany({ data: aliases });
  for (const m of mentions) addEvidence(m.evidence, anyNode(m.node));
  const reported = mentions.filter((m) => m.name != null && ids.officials.has(m.node));
  await writeMentions(
    new Sql(tx),
    reported.map((m) => ({
      officialId: ids.officials.get(m.node)!,
      documentId,
      date: new Date(d.date),
      name: m.name!,
      nameKey: officialKey(m.name!),
      countryId: node(m.country ?? null, ids.countries),
    })),
  );

  const officialsWithPositions = new Set(positions.map((p) => p.official));
  if (positions.length) {
    const rows = await tx.position.createManyAndReturn({
      data: positions.map((f) => ({
        officialId: node(f.official, ids.officials)!,
        documentId,
        title: f.title,
        organizationId: node(f.organization, ids.organizations),
        countryId: node(f.country, ids.countries),
        date: new Date(f.date),
      })),
      select: { id: true, officialId: true, title: true },
    });
    // (officialId, title) is unique within a document.
    const idOf = new Map(rows.map((r) => [`${r.officialId}\u0000${r.title}`, r.id]));
    for (const f of positions) addEvidence(f.evidence, { positionId: idOf.get(`${node(f.official, ids.officials)}\u0000${f.title}`) });
  }

  // Meeting mentions go through the ingest writer; resolution into events follows the evidence.
  const meetingIds = new Map<string, number>();
  const mentionIds = await writeMeetingMentions(
    sql,
    documentId,
    d.date.slice(0, 10),
    meetings.map((f) => ({
      ordinal: f.ordinal,
      kind: f.kind,
      status: f.status,
      date: f.date,
      // The days the mention matches by, as exported ("last week" is a week, not its month).
      period: f.dateStart && f.dateEnd ? { start: f.dateStart.slice(0, 10), end: f.dateEnd.slice(0, 10) } : null,
      location: f.location,
      participants: f.participants.map((p) => ({ officialId: node(p.official, ids.officials)!, role: p.role })),
    })),
  );
  for (const f of meetings) {
    meetingIds.set(f.id, mentionIds[f.ordinal]);
    addEvidence(f.evidence, { meetingMentionId: mentionIds[f.ordinal] });
  }

  const proposalIds: number[] = [];
  if (proposals.length) {
    const rows = await tx.proposal.createManyAndReturn({
      data: proposals.map((f) => ({
        documentId,
        ordinal: f.ordinal,
        kind: f.kind,
        text: f.text,
        speakerId: node(f.speaker, ids.officials),
        addresseeId: node(f.addressee, ids.officials),
        addresseeName: f.addresseeName,
        meetingMentionId: f.meeting === null ? null : (meetingIds.get(f.meeting) ?? null),
        date: new Date(f.date),
      })),
      select: { id: true, ordinal: true },
    });
    const byOrdinal = new Map(rows.map((r) => [r.ordinal, r.id]));
    proposalIds.push(...rows.map((r) => r.id));
    const topics = proposals.flatMap((f) => [...new Set(f.topics)].map((t) => ({ proposalId: byOrdinal.get(f.ordinal)!, topicId: ids.topics.get(t)! })));
    if (topics.length) await tx.proposalTopic.createMany({ data: topics });
    for (const f of proposals) addEvidence(f.evidence, { proposalId: byOrdinal.get(f.ordinal) });
  }

  // Agreement mentions go through the ingest writer; instruments are resolved after the evidence.
  const written = await writeAgreementMentions(
    sql,
    documentId,
    new Date(d.date),
    agreements.map((f) => ({
      ordinal: f.ordinal,
      kind: f.kind,
      title: f.title,
      status: f.status,
      proposerId: node(f.proposer, ids.officials),
      parties: f.parties.map((p) => ({
        name: p.name,
        officialId: node(p.official, ids.officials),
        organizationId: node(p.organization, ids.organizations),
        countryId: node(p.country, ids.countries),
      })),
    })),
  );
  for (const f of agreements) addEvidence(f.evidence, { agreementMentionId: written.ids[f.ordinal] });

  if (targets.length) {
    const rows = await tx.target.createManyAndReturn({
      data: targets.map((f) => ({ documentId, ordinal: f.ordinal, metric: f.metric, value: f.value, unit: f.unit, deadline: f.deadline })),
      select: { id: true, ordinal: true },
    });
    const byOrdinal = new Map(rows.map((r) => [r.ordinal, r.id]));
    for (const f of targets) addEvidence(f.evidence, { targetId: byOrdinal.get(f.ordinal) });
  }
  if (evidence.length) await tx.evidence.createMany({ data: evidence });
  // The file's officials as this database's reports resolve them (nodes/identity.ts): the same
  // keys for an export of this release, other officials when the database holds namesakes.
  const resolution = await resolveOfficialNames(sql, [
    ...reported.map((m) => officialKey(m.name!)),
    ...aliases.flatMap((a) => (a.key ? [a.key, a.nameKey!] : [])),
    ...previousNames,
  ]);
  const resolvedMeetings = await resolveMeetings(sql, mentionIds.filter((id) => id !== undefined), [...events, ...resolution.events]);
  const resolvedAgreements = await resolveAgreements(sql, [...new Set([...titles, ...resolution.titles, ...written.titleKeys])]);
  await refreshFollowUps(sql, { proposals: proposalIds, meetings: [...resolvedMeetings.values()], agreements: [...resolvedAgreements.values()] });

  // Current titles: recomputed for officials the database already had (others keep the file's).
  // Names and countries follow from the reported mentions, whether the official is new or not.
  const refresh = [
    ...[...officialsWithPositions].filter((r) => !createdOfficials.has(r)).map((r) => ids.officials.get(r)!),
    ...reported.map((m) => ids.officials.get(m.node)!),
    ...resolution.officials,
  ];
  if (candidates) {
    await collectCandidates(tx, candidates);
    await refreshOfficials(tx, [...touched, ...refresh]);
  } else {
    await refreshOfficials(tx, refresh);
  }
  return previous ? "replaced" : "created";
}
