// The whole graph as JSON Lines: one typed entity per line, identified by natural keys rather than
// database IDs, so an export is the same text whichever database (SQLite or PostgreSQL) and
// whichever row IDs it came from, and `import` can merge it into a database that already holds
// some of the same nodes.
//
// Line order: header, then the shared nodes (countries, organisations, officials, topics), then
// each document followed by its mentions of shared nodes, its positions and its facts (each kind
// of the registry, facts/registry.ts, in its order: meetings, proposals, agreements, targets),
// then the curator's decisions. Every fact carries its provenance: the
// document and the evidence spans.
import { decisionViews } from "./curate.ts";
import type { Db, Tx } from "./db.ts";
import type { LineRefs } from "./facts/kind.ts";
import { factKinds, type FactLine } from "./facts/registry.ts";
import { byString, EXPORT_FORMAT, EXPORT_VERSION, ids, iso, isoOrNull, type EvidenceLine } from "./lines.ts";
import { countryLine, type CountryLine } from "./nodes/countries.ts";
import { officialLine, type OfficialLine } from "./nodes/officials.ts";
import { organizationLine, type OrganizationLine } from "./nodes/organizations.ts";
import { positionLines, type PositionLine } from "./nodes/positions.ts";
import { topicLine, type TopicLine } from "./nodes/topics.ts";
import { Sql } from "./sql.ts";

export { EXPORT_FORMAT, EXPORT_VERSION, ids, type EvidenceLine } from "./lines.ts";

export type ExportLine =
  | { type: "header"; format: string; version: number }
  | CountryLine
  | OrganizationLine
  | OfficialLine
  | TopicLine
  | {
      type: "document";
      id: string;
      source: string;
      contentHash: string;
      date: string;
      title: string | null;
      dateline: string | null;
      extractorVersion: string;
      wordCount: number;
      ingestedAt: string;
      /** Where the report was fetched from, when it came through a source (absent in older exports). */
      url?: string | null;
      outlet?: string | null;
      fetchedAt?: string | null;
      topics: string[];
      text: string;
    }
  | {
      type: "mention";
      document: string;
      node: string;
      aliases: string[];
      evidence: EvidenceLine[];
      /** For an official: the spelling and country this document gave (absent in older exports). */
      name?: string;
      country?: string | null;
    }
  | PositionLine
  | {
      type: "decision";
      /** join | split (src/store/curate.ts) */
      action: string;
      /** meeting | agreement */
      kind: string;
      createdAt: string;
      note: string | null;
      /**
       * The mentions it names, by document and ordinal, with their side; and, when known, the span
       * their evidence covered and their fingerprint, which recognise them when another extractor
       * version numbers the document's mentions otherwise (absent in older exports).
       */
      mentions: { document: string; ordinal: number; side: number; start?: number | null; end?: number | null; fingerprint?: string | null }[];
    }
  | FactLine;


export interface ExportSummary {
  countries: number;
  organizations: number;
  officials: number;
  topics: number;
  documents: number;
  lines: number;
}

export interface ExportOptions {
  /** Documents read per query. */
  batchSize?: number;
  /** The database's provider; PostgreSQL reads under REPEATABLE READ for a consistent snapshot. */
  provider?: "sqlite" | "postgresql";
}

/**
 * Writes the graph line by line through `write` (which may return a promise to apply
 * backpressure). Reads inside one transaction, so the export is a consistent snapshot even while
 * other processes write.
 */
export async function exportGraph(db: Db, write: (line: string) => void | Promise<void>, options: ExportOptions = {}): Promise<ExportSummary> {
  const provider = options.provider ?? (db as unknown as { _activeProvider?: string })._activeProvider;
  const txOptions = { maxWait: 30_000, timeout: 24 * 3600_000, ...(provider === "postgresql" ? { isolationLevel: "RepeatableRead" as const } : {}) };
  return db.$transaction((tx) => exportInTransaction(tx as Tx, write, options), txOptions as never);
}

async function exportInTransaction(tx: Tx, write: (line: string) => void | Promise<void>, options: ExportOptions): Promise<ExportSummary> {
  const summary: ExportSummary = { countries: 0, organizations: 0, officials: 0, topics: 0, documents: 0, lines: 0 };
  const emit = async (line: ExportLine) => {
    summary.lines++;
    await write(JSON.stringify(line));
  };
  await emit({ type: "header", format: EXPORT_FORMAT, version: EXPORT_VERSION });

  const countries = (await tx.country.findMany()).sort(byString((c) => c.code));
  const countryRef = new Map(countries.map((c) => [c.id, ids.country(c.code)]));
  const organizations = (await tx.organization.findMany()).sort(byString((o) => o.key));
  const orgRef = new Map(organizations.map((o) => [o.id, ids.organization(o.key)]));
  const officials = (await tx.official.findMany()).sort(byString((o) => o.key));
  const officialRef = new Map(officials.map((o) => [o.id, ids.official(o.key)]));
  const topics = (await tx.topic.findMany()).sort(byString((t) => t.name));
  const topicRef = new Map(topics.map((t) => [t.id, ids.topic(t.name)]));
  const ref = (map: Map<number, string>, id: number | null) => (id == null ? null : (map.get(id) ?? null));

  const country = (id: number | null) => ref(countryRef, id);
  const organization = (id: number | null) => ref(orgRef, id);
  for (const c of countries) await emit(countryLine(c));
  for (const o of organizations) await emit(organizationLine(o, country));
  for (const o of officials) await emit(officialLine(o, { country, organization }));
  for (const t of topics) await emit(topicLine(t));
  summary.countries = countries.length;
  summary.organizations = organizations.length;
  summary.officials = officials.length;
  summary.topics = topics.length;

  const batchSize = options.batchSize ?? 50;
  const kinds = factKinds();
  // Documents in content-hash order, so the export does not depend on the order they were ingested in.
  const docIds = (await tx.document.findMany({ select: { id: true, contentHash: true } })).sort(byString((d) => d.contentHash)).map((d) => d.id);
  for (let i = 0; i < docIds.length; i += batchSize) {
    const docs = await tx.document.findMany({
      where: { id: { in: docIds.slice(i, i + batchSize) } },
      orderBy: { contentHash: "asc" },
      include: {
        topics: true,
        aliases: { orderBy: { id: "asc" } },
        positions: { orderBy: { id: "asc" } },
        officialMentions: true,
        evidence: { orderBy: { id: "asc" } },
        ...Object.assign({}, ...kinds.map((k) => k.exportInclude)),
      } as { topics: true; aliases: { orderBy: { id: "asc" } }; positions: { orderBy: { id: "asc" } }; officialMentions: true; evidence: { orderBy: { id: "asc" } } },
    });
    docs.sort(byString((d) => d.contentHash));
    for (const d of docs) {
      const docRef = ids.document(d.contentHash);
      // Evidence rows, grouped by the fact or node they support.
      const evidenceOf = new Map<string, EvidenceLine[]>();
      const nodeOrder: string[] = [];
      for (const e of d.evidence) {
        const line = { sentence: e.sentence, start: e.start, end: e.end, text: e.text };
        let owner: string;
        if (e.officialId != null) owner = ref(officialRef, e.officialId)!;
        else if (e.organizationId != null) owner = ref(orgRef, e.organizationId)!;
        else if (e.countryId != null) owner = ref(countryRef, e.countryId)!;
        else if (e.positionId != null) owner = `position#${e.positionId}`;
        else {
          // A fact's: `${its kind's line type}#${row}`.
          const kind = kinds.find((k) => (e as Record<string, unknown>)[k.evidenceColumn] != null);
          if (!kind) continue; // evidence of nothing: not part of the graph
          owner = `${kind.line}#${(e as Record<string, unknown>)[kind.evidenceColumn]}`;
        }
        if (!evidenceOf.has(owner)) {
          evidenceOf.set(owner, []);
          if (/^(official|organization|country):/.test(owner)) nodeOrder.push(owner);
        }
        evidenceOf.get(owner)!.push(line);
      }
      const aliasesOf = new Map<string, string[]>();
      for (const a of d.aliases) {
        const owner = ref(officialRef, a.officialId)!;
        if (!aliasesOf.has(owner)) aliasesOf.set(owner, []);
        aliasesOf.get(owner)!.push(a.name);
      }
      const reported = new Map(d.officialMentions.map((m) => [ref(officialRef, m.officialId)!, { name: m.name, country: ref(countryRef, m.countryId) }]));
      const mentioned = [...new Set([...nodeOrder, ...aliasesOf.keys(), ...reported.keys()])].sort();

      await emit({
        type: "document",
        id: docRef,
        source: d.source,
        contentHash: d.contentHash,
        date: iso(d.date),
        title: d.title,
        dateline: d.dateline,
        extractorVersion: d.extractorVersion,
        wordCount: d.wordCount,
        ingestedAt: iso(d.ingestedAt),
        url: d.url,
        outlet: d.outlet,
        fetchedAt: isoOrNull(d.fetchedAt),
        topics: d.topics.map((t) => topicRef.get(t.topicId)!).sort(),
        text: d.text,
      });
      for (const node of mentioned) {
        await emit({ type: "mention", document: docRef, node, aliases: (aliasesOf.get(node) ?? []).sort(), evidence: evidenceOf.get(node) ?? [], ...reported.get(node) });
      }
      const evidence = (owner: string) => evidenceOf.get(owner) ?? [];
      const official = (id: number | null) => ref(officialRef, id);
      for (const line of positionLines(d.contentHash, d.positions, { official: (id) => official(id)!, organization, country, evidence })) await emit(line);
      // The facts, each kind by its module, in registry order; a kind refers to the rows of the kinds before it by their line IDs.
      const factRef = new Map<string, string>();
      const refs: LineRefs = { official, organization, country, topic: (id) => topicRef.get(id)!, evidence, fact: (type, rowId) => factRef.get(`${type}#${rowId}`) ?? null };
      for (const kind of kinds) {
        const rows = (d as unknown as Record<string, { id: number }[]>)[Object.keys(kind.exportInclude)[0]];
        const lines = kind.lines(d.contentHash, d as never, refs);
        lines.forEach((line, i) => factRef.set(`${kind.line}#${rows[i].id}`, line.id));
        for (const line of lines) await emit(line);
      }
      summary.documents++;
    }
  }
  // Curator decisions last, oldest first: they name mentions by document and ordinal, not rows.
  for (const d of await decisionViews(new Sql(tx), null)) {
    await emit({
      type: "decision",
      action: d.action,
      kind: d.kind,
      createdAt: iso(d.createdAt),
      note: d.note,
      mentions: d.mentions.map((m) => {
        const [hash, ordinal] = m.key.split("/");
        const anchor = m.anchor && { start: m.anchor.spanStart, end: m.anchor.spanEnd, fingerprint: m.anchor.fingerprint };
        return { document: ids.document(hash), ordinal: Number(ordinal), side: m.side, ...anchor };
      }),
    });
  }
  return summary;
}
