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
import type { ExportLine } from "./export.ts";
import { contentHash } from "./ingest.ts";
import { officialKey, foldText } from "./keys.ts";
import { titlesOfDocument } from "./facts/agreements.ts";
import type { CheckContext, FromLineContext } from "./facts/kind.ts";
import { eventsOfDocument } from "./facts/meetings.ts";
import { factKinds, type AnyFactKind, type FactLineType, type FactsByKind } from "./facts/registry.ts";
import { checkField, EXPORT_FORMAT, EXPORT_VERSION, isDate, isObjectValue as isObject, type EvidenceLine, type FieldKind, type NodeIds } from "./lines.ts";
import { clearFacts, collectNodeOrphans, refreshOfficials, type NodeScope } from "./maintenance.ts";
import { COUNTRY_FIELDS, findOrCreateCountries } from "./nodes/countries.ts";
import { namesOfDocument, nicknameKey, resolveOfficialNames } from "./nodes/identity.ts";
import { findOrCreateOfficials, OFFICIAL_FIELDS, officialFromLine, writeNames } from "./nodes/officials.ts";
import { findOrCreateOrganizations, ORGANIZATION_FIELDS } from "./nodes/organizations.ts";
import { checkPositionLine, POSITION_FIELDS, positionFromLine, positionLineRefs, writePositions } from "./nodes/positions.ts";
import { findOrCreateTopics, TOPIC_FIELDS } from "./nodes/topics.ts";
import { writeTransaction } from "./changes.ts";
import { withRetry } from "./retry.ts";
import { Sql } from "./sql.ts";
import { writeDocumentFacts, type NodeEvidence } from "./write.ts";

type Line<T extends ExportLine["type"]> = Extract<ExportLine, { type: T }> & { line: number };
type CountryLine = Line<"country">;
type OrganizationLine = Line<"organization">;
type OfficialLine = Line<"official">;
type TopicLine = Line<"topic">;
type DocumentLine = Line<"document">;
type FactLine = Line<"mention" | "position" | FactLineType>;
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

/** Each line type's field kinds: the nodes', the document's, and each fact kind's (read when a file is parsed, so the registry decides). */
const fieldsOf = (): Record<string, Record<string, FieldKind>> => ({
  ...FIELDS,
  ...Object.fromEntries(factKinds().map((k) => [k.line, k.fields])),
  decision: DECISION_FIELDS,
});

const DECISION_FIELDS: Record<string, FieldKind> = { action: "string", kind: "string", createdAt: "string", note: "string?", mentions: "decisionMentions" };

const FIELDS: Record<"header" | "country" | "organization" | "official" | "topic" | "document" | "mention" | "position", Record<string, FieldKind>> = {
  header: { format: "string", version: "int" },
  country: COUNTRY_FIELDS,
  organization: ORGANIZATION_FIELDS,
  official: OFFICIAL_FIELDS,
  topic: TOPIC_FIELDS,
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
  position: POSITION_FIELDS,
};

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
  const fields = fieldsOf();
  const kindOf = new Map(factKinds().map((k) => [k.line as string, k]));

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
    if (typeof type !== "string" || !Object.hasOwn(fields, type)) {
      fail(`unknown type ${JSON.stringify(type)} (expected one of ${Object.keys(fields).join(", ")})`);
      continue;
    }
    const problems = Object.entries(fields[type])
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
    const lineIds = (type: string) => new Set(g.facts.filter((f) => f.type === type && "id" in f).map((f) => (f as { id: string }).id));
    for (const f of g.facts) {
      if (!refusedTexts.has(d.id)) {
        for (const [k, e] of f.evidence.entries()) {
          const p = spanProblem(`${f.type}.evidence`, k, e, d.text);
          if (p) errors.push(`line ${f.line}: ${p}`);
        }
      }
      const check = (what: string, ref: string | null, map: Map<string, unknown>) => checkRef(f.line, what, ref, map);
      const fail = (msg: string) => errors.push(`line ${f.line}: ${msg}`);
      switch (f.type) {
        case "mention":
          checkRef(f.line, "mention.node", f.node, anyNode);
          if (f.aliases.length && !graph.officials.has(f.node)) errors.push(`line ${f.line}: only officials have aliases`);
          if ((f.name !== undefined || f.country !== undefined) && !graph.officials.has(f.node)) errors.push(`line ${f.line}: only officials have a reported name and country`);
          if (f.country != null) checkRef(f.line, "mention.country", f.country, graph.countries);
          break;
        case "position":
          checkPositionLine(f, check, graph, fail);
          break;
        default: {
          const context: CheckContext = { check, nodes: graph, lineIds, fail };
          kindOf.get(f.type)!.check(f, context);
        }
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
            mentions: d.mentions.map((m) => ({
              key: `${m.document.slice("document:".length)}/${m.ordinal}`,
              side: m.side,
              ...((m.start != null || m.fingerprint != null) && { anchor: { spanStart: m.start ?? null, spanEnd: m.end ?? null, fingerprint: m.fingerprint ?? null } }),
            })),
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


/**
 * The shared nodes a document's current facts refer to: the only ones replacing those facts can
 * leave unreferenced. (A global collectOrphans here would also remove the nodes this import
 * created up front for documents it has not written yet.)
 */
async function orphanCandidates(tx: Tx, documentId: number): Promise<NodeScope> {
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
    officials: { ids: [...officials] },
    organizations: { ids: [...organizations] },
    countries: { ids: [...countries] },
    topics: { ids: [...new Set([...docTopics, ...proposalTopics].map((t) => t.topicId))] },
  };
}

/** Deletes the given nodes, named by the file's references, where nothing refers to them (each kind's one orphan rule, maintenance.ts). */
async function dropUnused(tx: Tx, graph: ParsedGraph, refs: string[]): Promise<void> {
  const keysOf = <T>(map: Map<string, T>, key: (t: T) => string) => ({ keys: refs.filter((r) => map.has(r)).map((r) => key(map.get(r)!)) });
  await collectNodeOrphans(tx, {
    officials: keysOf(graph.officials, (o) => o.key),
    organizations: keysOf(graph.organizations, (o) => o.key),
    countries: keysOf(graph.countries, (c) => c.code),
    topics: keysOf(graph.topics, (t) => t.name),
  });
}

const kindOfLine = (type: string): AnyFactKind => factKinds().find((k) => k.line === type)!;

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
        positionLineRefs(f).forEach(add);
        break;
      default:
        kindOfLine(f.type).refs(f).forEach(add);
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
  const sql = new Sql(tx);
  // Each kind through the writer ingest uses (nodes/*.ts), by its natural key.
  const write = async <T extends { id: string }>(lines: T[], key: (t: T) => string, into: Map<string, number>, run: (lines: T[]) => Promise<{ ids: Map<string, number>; created: string[] }>) => {
    if (!lines.length) return;
    const done = await run(lines);
    const fresh = new Set(done.created);
    for (const l of lines) {
      into.set(l.id, done.ids.get(key(l))!);
      if (fresh.has(key(l))) created.add(l.id);
    }
  };
  await write(pick(graph.countries), (c) => c.code, ids.countries, (lines) => findOrCreateCountries(sql, lines));
  const countryId = (ref: string | null) => (ref === null ? null : (ids.countries.get(ref) ?? null));
  await write(pick(graph.organizations), (o) => o.key, ids.organizations, (lines) =>
    findOrCreateOrganizations(sql, lines.map((o) => ({ key: o.key, name: o.name, acronym: o.acronym, countryId: countryId(o.country) })), fill),
  );
  const organizationId = (ref: string | null) => (ref === null ? null : (ids.organizations.get(ref) ?? null));
  await write(pick(graph.officials), (o) => o.key, ids.officials, (lines) =>
    findOrCreateOfficials(sql, lines.map((o) => officialFromLine(o, { country: countryId, organization: organizationId })), fill),
  );
  await write(pick(graph.topics), (t) => t.name, ids.topics, (lines) => findOrCreateTopics(sql, lines.map((t) => t.name)));
  return ids;
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
  let candidates: NodeScope | null = null;
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
  const nodeEvidence: NodeEvidence[] = [];

  const of = <T extends FactLine["type"]>(type: T) => group.facts.filter((f): f is Extract<FactLine, { type: T }> => f.type === type);
  const mentions = of("mention");
  const positions = of("position");

  // The document's nodes: aliases, the names and countries it reported, positions.
  const aliases = mentions.flatMap((m) => {
    const officialId = ids.officials.get(m.node);
    return officialId === undefined
      ? []
      : [...new Set(m.aliases)].map((name) => {
          const key = m.name != null ? nicknameKey(name, m.name) : null;
          return { officialId, documentId, name, key, nameKey: key ? officialKey(m.name!) : null };
        });
  });
  const reported = mentions.filter((m) => m.name != null && ids.officials.has(m.node));
  await writeNames(
    sql,
    aliases,
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
  nodeEvidence.push(...(await writePositions(sql, documentId, positions.map((f) => positionFromLine(f, ids)))));

  // The file's officials as this database's reports resolve them (nodes/identity.ts): the same
  // keys for an export of this release, other officials when the database holds namesakes. As in
  // ingest, before the facts, which are then written with the officials their names resolved to.
  const resolution = await resolveOfficialNames(sql, [
    ...reported.map((m) => officialKey(m.name!)),
    ...aliases.flatMap((a) => (a.key ? [a.key, a.nameKey!] : [])),
    ...previousNames,
  ]);
  if (resolution.officials.length) {
    const now = new Map(
      (await sql.rows<{ nameKey: string; officialId: number }>(`SELECT "nameKey", "officialId" FROM "OfficialMention" WHERE "documentId" = ?`, [documentId])).map((r) => [r.nameKey, r.officialId]),
    );
    for (const m of reported) {
      const moved = now.get(officialKey(m.name!));
      if (moved !== undefined) ids.officials.set(m.node, moved);
    }
  }
  for (const m of mentions) {
    const id = ids.officials.get(m.node) ?? ids.organizations.get(m.node) ?? ids.countries.get(m.node);
    const fact = ids.officials.has(m.node) ? "officialId" : ids.organizations.has(m.node) ? "organizationId" : "countryId";
    if (id !== undefined && m.evidence.length) nodeEvidence.push({ fact, id, evidence: m.evidence });
  }

  // The facts, each kind read from its lines by its module, through the writer ingest uses.
  const topicName = (ref: string) => graph.topics.get(ref)!.name;
  const ordinals = new Map(group.facts.flatMap((f) => ("ordinal" in f && "id" in f ? [[f.id, f.ordinal] as const] : [])));
  const context: FromLineContext = { nodes: ids, ordinalOf: (id) => ordinals.get(id) ?? null, topicName };
  const byKind = (kind: AnyFactKind) => group.facts.filter((f) => f.type === kind.line).map((f) => kind.fromLine(f, context));
  await writeDocumentFacts(
    sql,
    documentId,
    {
      contentHash: d.contentHash,
      date: d.date.slice(0, 10),
      topics: d.topics.map(topicName),
      facts: Object.fromEntries(factKinds().map((k) => [k.key, byKind(k)])) as FactsByKind,
      nodeEvidence,
    },
    { events: [...events, ...resolution.events], titles: [...titles, ...resolution.titles] },
  );

  // Current titles: recomputed for officials the database already had (others keep the file's).
  // Names and countries follow from the reported mentions, whether the official is new or not.
  const refresh = [
    ...[...officialsWithPositions].filter((r) => !createdOfficials.has(r)).map((r) => ids.officials.get(r)!),
    ...reported.map((m) => ids.officials.get(m.node)!),
    ...resolution.officials,
  ];
  if (candidates) {
    await collectNodeOrphans(tx, candidates);
    await refreshOfficials(tx, [...touched, ...refresh]);
  } else {
    await refreshOfficials(tx, refresh);
  }
  return previous ? "replaced" : "created";
}
