// Shared fixtures for the data-lifecycle tests: documents (the seeds plus a deterministic
// synthetic corpus), databases built by the current or a deliberately older extractor, and the
// graph's content as the export prints it (natural keys, no row IDs).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "../../../bench/corpus.ts";
import { extract } from "../../../src/extraction/index.ts";
import type { ExtractedDocument } from "../../../src/extraction/types.ts";
import type { Db } from "../../../src/store/db.ts";
import { ingestText, storeExtracted } from "../../../src/store/ingest.ts";
import { exportText } from "../../helpers/export.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const OLD_VERSION = "0.0.0-old";

export interface TextDoc {
  source: string;
  text: string;
}

export function seedDocs(): TextDoc[] {
  const dir = path.join(ROOT, "seeds");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ source: `seeds/${f}`, text: fs.readFileSync(path.join(dir, f), "utf8") }));
}

/** Seeds plus `n` synthetic reports (fixed seed, so every run sees the same documents). */
export function corpusDocs(n: number, seed = 8_151): TextDoc[] {
  const synthetic = [...generateCorpus({ docs: n, seed, startDate: "2021-03-01", perDay: 2 })].map((d) => ({ source: `corpus/${d.name}.txt`, text: d.text }));
  return [...seedDocs(), ...synthetic];
}

/**
 * What an older extractor might have produced: the last meeting missed, the first proposal of
 * some documents missed, and a spurious official in others.
 */
export function olderExtraction(doc: ExtractedDocument, i: number): ExtractedDocument {
  const d: ExtractedDocument = structuredClone(doc);
  if (d.meetings.length) {
    const dropped = d.meetings.length - 1;
    d.meetings.pop();
    for (const p of d.proposals) if (p.meeting === dropped) p.meeting = null;
  }
  if (i % 4 === 1 && d.proposals.length) d.proposals.shift();
  if (i % 3 === 0 && d.sentences.length) {
    const s = d.sentences[0];
    d.officials.push({
      name: `Spurious Person${String.fromCharCode(97 + (i % 26))}`,
      country: null,
      title: "Envoy",
      organization: null,
      aliases: [],
      evidence: [{ sentence: 0, start: s.start, end: s.start + 4, text: s.text.slice(0, 4) }],
    });
  }
  return d;
}

/** Stores the documents as a fresh ingest with the current extractor does. */
export async function ingestCurrent(db: Db, docs: TextDoc[]): Promise<void> {
  for (const d of docs) await ingestText(db, d);
}

export interface OlderStats {
  droppedMeetings: number;
  droppedProposals: number;
  spuriousOfficials: number;
}

/** Stores the documents as the older extractor (see olderExtraction) did, under OLD_VERSION. */
export async function ingestOlder(db: Db, docs: TextDoc[], version = OLD_VERSION): Promise<OlderStats> {
  const stats: OlderStats = { droppedMeetings: 0, droppedProposals: 0, spuriousOfficials: 0 };
  for (const [i, d] of docs.entries()) {
    const current = extract(d.text, { source: d.source });
    const older = olderExtraction(current, i);
    stats.droppedMeetings += current.meetings.length - older.meetings.length;
    stats.droppedProposals += current.proposals.length - older.proposals.length;
    stats.spuriousOfficials += older.officials.length - current.officials.length;
    await storeExtracted(db, d.text, older, version);
  }
  return stats;
}

export { exportText };

/**
 * The graph's content: the export without the ingestion timestamps. With `evidencedOnly`,
 * without the countries nothing refers to: a fresh ingest keeps a country a document merely
 * mentions (it gets no Evidence row), but the orphan collection that runs whenever a document's
 * facts are replaced removes it, so such countries differ between a fresh ingest and a
 * re-extracted database by design of the store (see src/store/ingest.ts and maintenance.ts).
 */
export async function content(db: Db, options: { evidencedOnly?: boolean } = {}): Promise<string[]> {
  const text = await exportText(db);
  const lines = text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const used = new Set<unknown>();
  for (const o of lines) {
    if (o.type === "organization" || o.type === "official" || o.type === "position") used.add(o.country);
    if (o.type === "mention") used.add(o.node);
    if (o.type === "agreement") for (const p of o.parties as { country: string | null }[]) used.add(p.country);
  }
  return lines
    .filter((o) => !options.evidencedOnly || o.type !== "country" || used.has(o.id))
    .map((o) => {
      delete o.ingestedAt;
      return JSON.stringify(o);
    });
}

/** Natural key -> row ID of every shared node. */
export async function nodeIds(db: Db): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const o of await db.official.findMany({ select: { id: true, key: true } })) ids.set(`official:${o.key}`, o.id);
  for (const o of await db.organization.findMany({ select: { id: true, key: true } })) ids.set(`organization:${o.key}`, o.id);
  for (const c of await db.country.findMany({ select: { id: true, code: true } })) ids.set(`country:${c.code}`, c.id);
  return ids;
}

export async function counts(db: Db) {
  const [documents, officials, organizations, countries, meetings, proposals, agreements, targets, evidence] = await Promise.all([
    db.document.count(),
    db.official.count(),
    db.organization.count(),
    db.country.count(),
    db.meeting.count(),
    db.proposal.count(),
    db.agreement.count(),
    db.target.count(),
    db.evidence.count(),
  ]);
  return { documents, officials, organizations, countries, meetings, proposals, agreements, targets, evidence };
}

/**
 * Every node present before and after has the same ID; returns the keys that went. After
 * re-extracting unchanged output only countries nothing referred to may go (see `content`).
 */
export function survivorsKeepIds(before: Map<string, number>, after: Map<string, number>): string[] {
  const mismatched = [...after].filter(([key, id]) => before.has(key) && before.get(key) !== id).map(([key]) => key);
  if (mismatched.length) throw new Error(`IDs changed for ${mismatched.join(", ")}`);
  return [...before.keys()].filter((k) => !after.has(k));
}
