// The whole graph as JSON Lines: one typed entity per line, identified by natural keys rather than
// database IDs, so an export is the same text whichever database (SQLite or PostgreSQL) and
// whichever row IDs it came from, and `import` can merge it into a database that already holds
// some of the same nodes.
//
// Line order: header, then the shared nodes (countries, organisations, officials, topics), then
// each document followed by its facts (mentions of shared nodes, positions, meetings, proposals,
// agreements, targets), then the curator's decisions. Every fact carries its provenance: the
// document and the evidence spans.
import { decisionViews } from "./curate.ts";
import type { Db, Tx } from "./db.ts";
import { agreementLines, type AgreementLine } from "./facts/agreements.ts";
import { meetingLines, type MeetingLine } from "./facts/meetings.ts";
import { proposalLines, type ProposalLine } from "./facts/proposals.ts";
import { targetLines, type TargetLine } from "./facts/targets.ts";
import { byString, EXPORT_FORMAT, EXPORT_VERSION, ids, iso, isoOrNull, type EvidenceLine } from "./lines.ts";
import { Sql } from "./sql.ts";

export { EXPORT_FORMAT, EXPORT_VERSION, ids, type EvidenceLine } from "./lines.ts";

export type ExportLine =
  | { type: "header"; format: string; version: number }
  | {
      type: "country";
      id: string;
      code: string;
      name: string;
      /** ISO alpha-3 and Wikidata item, for consumers (absent in older exports; import derives them from `code`). */
      alpha3?: string | null;
      wikidataId?: string | null;
    }
  | { type: "organization"; id: string; key: string; name: string; acronym: string | null; country: string | null }
  | { type: "official"; id: string; key: string; name: string; country: string | null; organization: string | null; title: string | null }
  | { type: "topic"; id: string; name: string }
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
  | {
      type: "position";
      id: string;
      document: string;
      official: string;
      title: string;
      organization: string | null;
      country: string | null;
      date: string;
      evidence: EvidenceLine[];
    }
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
  | MeetingLine
  | ProposalLine
  | AgreementLine
  | TargetLine;


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

  for (const c of countries) await emit({ type: "country", id: ids.country(c.code), code: c.code, name: c.name, alpha3: c.alpha3, wikidataId: c.wikidataId });
  for (const o of organizations) {
    await emit({ type: "organization", id: ids.organization(o.key), key: o.key, name: o.name, acronym: o.acronym, country: ref(countryRef, o.countryId) });
  }
  for (const o of officials) {
    await emit({
      type: "official",
      id: ids.official(o.key),
      key: o.key,
      name: o.name,
      country: ref(countryRef, o.countryId),
      organization: ref(orgRef, o.organizationId),
      title: o.title,
    });
  }
  for (const t of topics) await emit({ type: "topic", id: ids.topic(t.name), name: t.name });
  summary.countries = countries.length;
  summary.organizations = organizations.length;
  summary.officials = officials.length;
  summary.topics = topics.length;

  const batchSize = options.batchSize ?? 50;
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
        meetingMentions: { orderBy: { ordinal: "asc" }, include: { participants: true, meeting: { select: { key: true } } } },
        proposals: { orderBy: { ordinal: "asc" }, include: { topics: true } },
        agreementMentions: { orderBy: { ordinal: "asc" }, include: { parties: { orderBy: { id: "asc" } }, agreement: { select: { key: true } } } },
        targets: { orderBy: { ordinal: "asc" } },
        evidence: { orderBy: { id: "asc" } },
      },
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
        else if (e.meetingMentionId != null) owner = `meeting#${e.meetingMentionId}`;
        else if (e.proposalId != null) owner = `proposal#${e.proposalId}`;
        else if (e.agreementMentionId != null) owner = `agreement#${e.agreementMentionId}`;
        else if (e.targetId != null) owner = `target#${e.targetId}`;
        else continue; // evidence of nothing: not part of the graph
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
      for (const [n, p] of d.positions.entries()) {
        await emit({
          type: "position",
          id: ids.fact("position", d.contentHash, n),
          document: docRef,
          official: ref(officialRef, p.officialId)!,
          title: p.title,
          organization: ref(orgRef, p.organizationId),
          country: ref(countryRef, p.countryId),
          date: iso(p.date),
          evidence: evidenceOf.get(`position#${p.id}`) ?? [],
        });
      }
      // The facts, each kind by its module.
      const evidence = (owner: string) => evidenceOf.get(owner) ?? [];
      const official = (id: number | null) => ref(officialRef, id);
      const meetingRef = new Map(d.meetingMentions.map((m) => [m.id, ids.fact("meeting", d.contentHash, m.ordinal)]));
      for (const line of meetingLines(d.contentHash, d.meetingMentions, { official: (id) => official(id)!, evidence })) await emit(line);
      for (const line of proposalLines(d.contentHash, d.proposals, { official, topic: (id) => topicRef.get(id)!, meeting: (id) => meetingRef.get(id) ?? null, evidence })) await emit(line);
      const nodeRefs = { official, organization: (id: number | null) => ref(orgRef, id), country: (id: number | null) => ref(countryRef, id), evidence };
      for (const line of agreementLines(d.contentHash, d.agreementMentions, nodeRefs)) await emit(line);
      for (const line of targetLines(d.contentHash, d.targets, evidence)) await emit(line);
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
