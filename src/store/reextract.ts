// Re-extraction: when the extractor changes (EXTRACTOR_VERSION), every stored document's facts are
// recomputed from its stored text, one transaction per document (storeExtracted keeps the
// Document row and its ID, and the shared nodes that are still evidenced keep theirs, because
// orphans are collected only after the new facts are written).
//
// Resumable: a document is outdated while its extractorVersion differs from the current one, and
// each document becomes current in the same transaction that writes its new facts. A killed run
// leaves the remaining documents outdated, so the next run picks up exactly those. `--all` first
// marks every document as pending in one statement, so an interrupted `--all` resumes the same way.
import { extract as realExtract, EXTRACTOR_VERSION } from "../extraction/index.ts";
import type { ExtractedDocument, ExtractOptions } from "../extraction/types.ts";
import type { Db } from "./db.ts";
import { writeTransaction } from "./changes.ts";
import { factKinds, type FactKey } from "./facts/registry.ts";
import { storeExtracted } from "./ingest.ts";

/** Version prefix of documents waiting for a forced (`--all`) re-extraction. */
export const PENDING_PREFIX = "pending-reextract:";

export interface Change {
  added: number;
  removed: number;
}

/** Added and removed facts of each kind (facts/registry.ts). */
export type FactChanges = Record<FactKey, Change>;

export interface ReextractSummary extends FactChanges {
  version: string;
  /** Documents that needed re-extraction when the run started. */
  outdated: number;
  reextracted: number;
  failed: number;
  failures: { source: string; reason: string }[];
  /** True when this run continued an interrupted `--all` run. */
  resumed: boolean;
  officials: Change;
  organizations: Change;
  countries: Change;
  ms: number;
}

export interface DocumentProgress extends FactChanges {
  index: number;
  total: number;
  source: string;
  status: "reextracted" | "failed";
  reason?: string;
}

export interface ReextractOptions {
  /** Re-extract every document, not only those extracted by another version. */
  all?: boolean;
  /** Called after each document. */
  onProgress?: (p: DocumentProgress) => void;
  /** Called once the set of documents to process is known. */
  onStart?: (info: { total: number; resumed: boolean; version: string }) => void;
  /** For tests: another extractor and version. */
  extract?: (text: string, options: ExtractOptions) => ExtractedDocument;
  version?: string;
}

/** Number of documents whose facts come from another extractor version than the current one. */
export async function countOutdated(db: Db, version = EXTRACTOR_VERSION): Promise<number> {
  return db.document.count({ where: { extractorVersion: { not: version } } });
}

const emptyChange = (): Change => ({ added: 0, removed: 0 });

/** Multiset difference of fact signatures: how many were added and removed. */
function diff(before: string[], after: string[]): Change {
  const counts = new Map<string, number>();
  for (const s of before) counts.set(s, (counts.get(s) ?? 0) + 1);
  let added = 0;
  for (const s of after) {
    const n = counts.get(s) ?? 0;
    if (n > 0) counts.set(s, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { added, removed };
}

/** Content signatures of one document's facts, by kind (no row IDs). */
async function factSignatures(db: Db, documentId: number): Promise<Record<string, string[]>> {
  const kinds = factKinds();
  const d = await db.document.findUnique({ where: { id: documentId }, select: Object.assign({}, ...kinds.map((k) => k.signatureSelect)) as { id: true } });
  return Object.fromEntries(kinds.map((k) => [k.key, d ? k.signatures(d as never) : []]));
}

const emptyChanges = (): FactChanges => Object.fromEntries(factKinds().map((k) => [k.key, emptyChange()])) as FactChanges;

async function nodeKeys(db: Db) {
  const [officials, organizations, countries] = await Promise.all([
    db.official.findMany({ select: { key: true } }),
    db.organization.findMany({ select: { key: true } }),
    db.country.findMany({ select: { code: true } }),
  ]);
  return {
    officials: new Set(officials.map((o) => o.key)),
    organizations: new Set(organizations.map((o) => o.key)),
    countries: new Set(countries.map((c) => c.code)),
  };
}

function setChange(before: Set<string>, after: Set<string>): Change {
  let added = 0;
  let removed = 0;
  for (const k of after) if (!before.has(k)) added++;
  for (const k of before) if (!after.has(k)) removed++;
  return { added, removed };
}

function reasonOf(err: unknown): string {
  const e = err as Error;
  return (e?.message ?? String(err)).split("\n").find((l) => l.trim())?.trim() ?? String(err);
}

/** Brings every outdated document (or, with `all`, every document) to the current extractor version. */
export async function reextract(db: Db, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const started = Date.now();
  const version = options.version ?? EXTRACTOR_VERSION;
  const extract = options.extract ?? realExtract;
  const summary: ReextractSummary = {
    version,
    outdated: 0,
    reextracted: 0,
    failed: 0,
    failures: [],
    resumed: false,
    officials: emptyChange(),
    organizations: emptyChange(),
    countries: emptyChange(),
    ...emptyChanges(),
    ms: 0,
  };

  const pending = await db.document.count({ where: { extractorVersion: { startsWith: PENDING_PREFIX } } });
  summary.resumed = pending > 0;
  if (options.all && !summary.resumed) {
    // One statement: either every document is marked or none is. The marker keeps the old version.
    const docs = await db.document.findMany({ select: { id: true, extractorVersion: true } });
    const versions = [...new Set(docs.map((d) => d.extractorVersion))];
    await writeTransaction(db, async (tx) => {
      for (const v of versions) await tx.document.updateMany({ where: { extractorVersion: v }, data: { extractorVersion: `${PENDING_PREFIX}${v}` } });
    });
  }

  const todo = await db.document.findMany({
    where: { extractorVersion: { not: version } },
    select: { id: true, source: true, date: true },
    orderBy: { id: "asc" },
  });
  summary.outdated = todo.length;
  options.onStart?.({ total: todo.length, resumed: summary.resumed, version });
  if (!todo.length) {
    summary.ms = Date.now() - started;
    return summary;
  }

  const nodesBefore = await nodeKeys(db);
  for (const [index, row] of todo.entries()) {
    const progress: DocumentProgress = {
      index: index + 1,
      total: todo.length,
      source: row.source,
      status: "reextracted",
      ...emptyChanges(),
    };
    try {
      // Read the text now, not up front: memory stays flat however many documents there are.
      const current = await db.document.findUnique({ where: { id: row.id }, select: { text: true, extractorVersion: true } });
      if (!current || current.extractorVersion === version) {
        // Deleted, or brought current by another process meanwhile: nothing to do.
        options.onProgress?.(progress);
        continue;
      }
      const before = await factSignatures(db, row.id);
      // The stored date stands in for documents that were ingested with --date (no date header).
      const doc = extract(current.text, { source: row.source, date: row.date.toISOString().slice(0, 10) });
      await storeExtracted(db, current.text, doc, version);
      const after = await factSignatures(db, row.id);
      for (const { key } of factKinds()) {
        const k = key as FactKey;
        progress[k] = diff(before[k], after[k]);
        summary[k].added += progress[k].added;
        summary[k].removed += progress[k].removed;
      }
      summary.reextracted++;
    } catch (err) {
      progress.status = "failed";
      progress.reason = reasonOf(err);
      summary.failed++;
      summary.failures.push({ source: row.source, reason: progress.reason });
    }
    options.onProgress?.(progress);
  }
  const nodesAfter = await nodeKeys(db);
  summary.officials = setChange(nodesBefore.officials, nodesAfter.officials);
  summary.organizations = setChange(nodesBefore.organizations, nodesAfter.organizations);
  summary.countries = setChange(nodesBefore.countries, nodesAfter.countries);
  summary.ms = Date.now() - started;
  return summary;
}

const fmt = (c: Change) => `+${c.added} -${c.removed}`;

export function describeReextract(s: ReextractSummary): string {
  if (!s.outdated) return `all documents are current (extractor ${s.version})`;
  return [
    `re-extracted ${s.reextracted} of ${s.outdated} document(s) with extractor ${s.version}${s.resumed ? " (resumed an interrupted run)" : ""}` +
      `${s.failed ? `, ${s.failed} failed` : ""} in ${(s.ms / 1000).toFixed(1)} s`,
    `officials ${fmt(s.officials)}, organizations ${fmt(s.organizations)}, countries ${fmt(s.countries)}`,
    factKinds()
      .map((k) => `${k.key} ${fmt(s[k.key as FactKey])}`)
      .join(", "),
    ...s.failures.map((f) => `failed ${f.source}: ${f.reason}`),
  ].join("\n");
}

export function describeProgress(p: DocumentProgress): string {
  const width = String(p.total).length;
  const head = `[${String(p.index).padStart(width)}/${p.total}]`;
  if (p.status === "failed") return `${head} failed ${p.source}: ${p.reason}`;
  const kinds = factKinds().filter((k) => k.inProgress);
  return `${head} ${p.source}: ${kinds.map((k) => `${k.key} ${fmt(p[k.key as FactKey])}`).join(", ")}`;
}

/**
 * For `start`: re-extracts the documents an older extractor produced, saying so, before the API
 * serves them. Quiet when everything is current.
 */
export async function reextractOutdated(db: Db, options: { log?: (line: string) => void; version?: string } = {}): Promise<ReextractSummary | null> {
  const log = options.log ?? (() => {});
  const version = options.version ?? EXTRACTOR_VERSION;
  const outdated = await countOutdated(db, version);
  if (!outdated) return null;
  log(`${outdated} document(s) were extracted by an older extractor version; re-extracting them with ${version}`);
  const summary = await reextract(db, { version, onProgress: (p) => log(describeProgress(p)) });
  log(describeReextract(summary));
  return summary;
}
