import { DocumentError, type ExtractedDocument } from "../extraction/types.ts";
import type { Db } from "../store/db.ts";
import { findUnchanged, storeExtracted, type IngestResult, type Provenance } from "../store/ingest.ts";
import { validateDocument } from "../extraction/validate.ts";
import { isHtml, pageInput } from "../sources/document.ts";
import { isFeed, readFeed } from "../sources/feed.ts";
import { FetchError, Fetcher } from "../sources/fetch.ts";
import { sourcesConfig } from "../sources/config.ts";
import { ingestUrl } from "../store/ingest-url.ts";
import { ExtractPool, extractBudgetMs } from "./extract-pool.ts";
import { collectInputs, type CollectOptions, type InputFile } from "./files.ts";

export interface IngestSummary {
  documents: { created: number; replaced: number; unchanged: number; failed: number };
  officials: { created: number; reused: number };
  organizations: { created: number; reused: number };
  meetings: number;
  proposals: number;
  agreements: number;
  failures: { source: string; reason: string }[];
}

export interface IngestOptions extends CollectOptions {
  /** Publication date for files without a ` date` header. */
  date?: string;
  /** Receives one line per document. */
  log?: (line: string) => void;
  /** Worker threads for extraction (default and at least 1: a document over its budget is stopped there). */
  workers?: number;
  /** Called after each document's transaction commits (subscriptions and webhooks: src/notify/publish.ts). */
  announce?: (result: IngestResult) => Promise<unknown>;
  /** Time one document's extraction may take (default: $DIPLOGRAPH_EXTRACT_BUDGET_MS, else 5000). */
  extractBudgetMs?: number;
}

export function emptySummary(): IngestSummary {
  return {
    documents: { created: 0, replaced: 0, unchanged: 0, failed: 0 },
    officials: { created: 0, reused: 0 },
    organizations: { created: 0, reused: 0 },
    meetings: 0,
    proposals: 0,
    agreements: 0,
    failures: [],
  };
}

/** Ingests files and folders, one transaction per document; a failing document does not stop the rest. */
export async function ingestPaths(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const log = options.log ?? (() => {});
  const summary = emptySummary();
  const inputs = collectInputs(paths, { extensions: INPUT_EXTENSIONS, ...options });
  // Always in a worker, even for one: only a worker can be stopped when a document runs past its
  // extraction budget (the document is then refused with its reason, and the rest go on).
  await ingestWithWorkers(db, inputs, Math.max(1, options.workers ?? 1), options.date, summary, log, extractBudgetMs(options.extractBudgetMs), options.announce);
  return summary;
}

/**
 * Extraction in worker threads, writes on this thread in input order: a window of documents is
 * being extracted while the oldest one is written.
 */
async function ingestWithWorkers(
  db: Db,
  inputs: Iterable<InputFile>,
  workers: number,
  date: string | undefined,
  summary: IngestSummary,
  log: (line: string) => void,
  budgetMs: number,
  announce?: IngestOptions["announce"],
) {
  type Ready = { result: IngestResult } | { doc: ExtractedDocument; text: string; provenance?: Provenance };
  const pool = new ExtractPool(workers, budgetMs);
  const prepare = async (file: InputFile & { text: string }): Promise<Ready> => {
    const input = asReport(file.text, file.source, date);
    const admitted = validateDocument(input.text, { source: input.source, date, maxBytes: Infinity }); // size: checked on disk by collectInputs
    const result = await findUnchanged(db, input.text, input.source);
    return result ? { result } : { doc: await pool.extract(input.text, { source: input.source, date: admitted.date }), text: input.text, provenance: input.provenance };
  };
  const window: { source: string; ready: Promise<Ready> }[] = [];
  const finish = async ({ source, ready }: (typeof window)[number]) => {
    try {
      const r = await ready;
      const result = "result" in r ? r.result : await storeExtracted(db, r.text, r.doc, undefined, r.provenance);
      recordResult(summary, result);
      log(describeResult(result));
      await announce?.(result);
    } catch (err) {
      recordFailure(summary, source, reasonOf(err), log);
    }
  };
  try {
    for (const input of inputs) {
      if (input.error !== undefined) {
        recordFailure(summary, input.source, input.error, log);
        continue;
      }
      if (isFeed(input.source, input.text)) {
        while (window.length) await finish(window.shift()!);
        await ingestFeedFile(db, input.text, input.source, date, summary, log);
        continue;
      }
      const ready = prepare(input);
      ready.catch(() => {}); // handled, in order, by finish()
      window.push({ source: input.source, ready });
      if (window.length >= workers * 4) await finish(window.shift()!);
    }
    while (window.length) await finish(window.shift()!);
  } finally {
    await pool.close();
  }
}

/** Files read from folders: reports, saved article pages and feeds. */
export const INPUT_EXTENSIONS = [".txt", ".html", ".htm", ".xml", ".rss", ".atom"];

/** A saved feed: each item's page is fetched and ingested; a bad item is reported and the rest go on. */
async function ingestFeedFile(db: Db, xml: string, source: string, date: string | undefined, summary: IngestSummary, log: (line: string) => void) {
  let feed;
  try {
    feed = readFeed(xml, source);
  } catch (err) {
    recordFailure(summary, source, reasonOf(err), log);
    return;
  }
  for (const s of feed.skipped) recordFailure(summary, `${source} item "${s.title ?? "untitled"}"`, s.reason, log);
  const fetcher = new Fetcher(sourcesConfig(process.env).fetch);
  for (const item of feed.items) {
    try {
      const result = await ingestUrl(db, fetcher, item.url, { date });
      recordResult(summary, result);
      log(describeResult(result));
    } catch (err) {
      recordFailure(summary, item.url, err instanceof FetchError ? err.reason : reasonOf(err), log);
    }
  }
}

/** A saved article page becomes the report the extractor reads; a text report stays as it is. */
function asReport(text: string, source: string, date: string | undefined): { text: string; source: string; provenance?: Provenance } {
  return isHtml(source, text) ? pageInput(text, { source, date }) : { text, source };
}

export function recordFailure(summary: IngestSummary, source: string, reason: string, log: (line: string) => void): void {
  summary.documents.failed++;
  summary.failures.push({ source, reason });
  log(`failed     ${source}: ${reason}`);
}

export function recordResult(summary: IngestSummary, r: IngestResult): void {
  summary.documents[r.status]++;
  if (r.status === "unchanged") return;
  summary.officials.created += r.officials.created;
  summary.officials.reused += r.officials.reused;
  summary.organizations.created += r.organizations.created;
  summary.organizations.reused += r.organizations.reused;
  summary.meetings += r.meetings;
  summary.proposals += r.proposals;
  summary.agreements += r.agreements;
}

export function reasonOf(err: unknown): string {
  if (err instanceof DocumentError) return err.message;
  const lines = ((err as Error)?.message ?? String(err)).split("\n").map((l) => l.trim()).filter(Boolean);
  // Prisma errors open with the call site ("Invalid `tx.x.create()` invocation in ...") and end
  // with the cause; other errors name the problem first.
  return (/^Invalid `.*` invocation/.test(lines[0] ?? "") ? lines.at(-1) : lines[0]) ?? String(err);
}

export function describeResult(r: IngestResult): string {
  if (r.status === "unchanged") return `unchanged  ${r.source}${r.duplicateOf ? ` (same content as ${r.duplicateOf})` : ""}`;
  return (
    `${r.status.padEnd(10)} ${r.source}: officials ${r.officials.created + r.officials.reused} ` +
    `(${r.officials.created} new, ${r.officials.reused} reused), meetings ${r.meetings}, proposals ${r.proposals}, ` +
    `agreements ${r.agreements}, targets ${r.targets}`
  );
}

export function describeSummary(s: IngestSummary): string {
  const d = s.documents;
  const total = d.created + d.replaced + d.unchanged + d.failed;
  return [
    `documents: ${total} (${d.created} created, ${d.replaced} replaced, ${d.unchanged} unchanged, ${d.failed} failed)`,
    `officials: ${s.officials.created} created, ${s.officials.reused} reused`,
    `organizations: ${s.organizations.created} created, ${s.organizations.reused} reused`,
    `meetings: ${s.meetings}, proposals: ${s.proposals}, agreements: ${s.agreements}`,
  ].join("\n");
}
