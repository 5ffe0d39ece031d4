// The change feed (src/store/changes.ts, src/graphql/resolvers/change.ts). The acceptance test: a
// service pages through `changes` with the typed client generated from operations/changes.graphql,
// replays the entries into an empty copy (global ID -> the node's fields as fetched), and the copy,
// with every reference resolved inside the copy itself, must equal the server's export normalised
// to the same shape; then documents are deleted, replaced and re-extracted, the service pulls from
// its last cursor, and the copy must still equal the export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { exportGraph, type ExportLine } from "../../src/store/export.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { reextract } from "../../src/store/reextract.ts";
import { changeHead, changesAfter, countChangesAfter, PG_PRUNE_STATEMENT, PRUNE_STATEMENT, pruneChanges, pruneExpiredChanges, recordChanges, retentionDays, writeTransaction } from "../../src/store/changes.ts";
import { Sql } from "../../src/store/sql.ts";
import { freshDatabase } from "../helpers/database.ts";
import { clusterFiles, report } from "../store/facts/clusters.ts";
import { SEEDS, disposeDatabase, execute, post, serve, typedClient, type TypedClient } from "./support.ts";

type ChangesQuery = import("../../src/generated/client/graphql.ts").ChangesQuery;
type Entry = ChangesQuery["changes"]["edges"][number]["node"];
type FetchedNode = NonNullable<Entry["node"]>;
type EvidencePage = import("../../src/generated/client/graphql.ts").EvidencePageFragment;

/** The service's copy: every node it was told of, as last fetched, and where it stopped. */
class Replica {
  nodes = new Map<string, FetchedNode>();
  cursor: string | null = null;
  entries: Entry[] = [];
  /** Every edge cursor seen, decoded to its position. */
  positions: number[] = [];

  /** Pulls every change after the cursor, 50 at a time (what the query's cost allows), and applies them in order. */
  async pull(client: TypedClient, url: string): Promise<{ entries: Entry[]; pages: number }> {
    const pulled: Entry[] = [];
    let pages = 0;
    for (;;) {
      const variables = { after: this.cursor, first: 50 };
      const { changes } = await execute(url, client.ChangesDocument, variables);
      pages++;
      for (const { cursor, node: entry } of changes.edges) {
        pulled.push(entry);
        this.positions.push(Number(/^change:(\d+)$/.exec(Buffer.from(cursor, "base64").toString())?.[1]));
        // A node fetched null was deleted by a later write, whose tombstone follows.
        if (entry.operation === "DELETED" || !entry.node) this.nodes.delete(entry.nodeId);
        else this.nodes.set(entry.nodeId, entry.node);
      }
      // A node's evidence comes a page at a time: the rest of it before the copy is used.
      for (const { node: entry } of changes.edges) {
        const node = entry.node && this.nodes.get(entry.nodeId);
        if (node && "evidencePage" in node) await this.restOfEvidence(client, url, entry.nodeId, node.evidencePage);
      }
      // An empty page keeps the cursor: the next poll asks again from the same place.
      this.cursor = changes.pageInfo.endCursor ?? this.cursor;
      if (!changes.pageInfo.hasNextPage) break;
    }
    this.entries.push(...pulled);
    return { entries: pulled, pages };
  }

  private async restOfEvidence(client: TypedClient, url: string, id: string, page: EvidencePage): Promise<void> {
    while (page.pageInfo.hasNextPage) {
      const { node } = await execute(url, client.NodeEvidenceDocument, { id, after: page.pageInfo.endCursor });
      if (!node || !("evidencePage" in node)) throw new Error(`node ${id} went away while its evidence was read`);
      page.nodes.push(...node.evidencePage.nodes);
      page.pageInfo = node.evidencePage.pageInfo;
    }
  }
}

const day = (iso: string) => iso.slice(0, 10);
const sortJson = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();

/**
 * The graph in one shape both sides can be put in: references by natural key (country code,
 * official and organisation name, document content hash, event and instrument key), lists sorted.
 * Facts carry their evidence spans; an official its aliases (the union over the reports that
 * name it); an instrument its parties (one per name over its reports) and proposer (the first
 * its history names); each report's mention of an instrument its own parties and proposer; an
 * official or organisation the evidence of each report that names it (reports name countries
 * without evidence of their own). What the API does
 * not show is left out on both sides: fact ordinals other than meetings', and the spelling and
 * country each single report gave an official (the API shows the official's).
 */
interface Shape {
  countries: string[];
  organizations: string[];
  officials: string[];
  aliases: string[];
  topics: string[];
  documents: string[];
  positions: string[];
  proposals: string[];
  targets: string[];
  meetingMentions: string[];
  agreementMentions: string[];
  events: string[];
  instruments: string[];
  parties: string[];
  proposers: string[];
  mentionEvidence: string[];
}

type Span = { sentence: number; start: number; end: number; text: string };
/** Evidence spans in text order, as [sentence, start, end, text]. */
const spans = (evidence: Span[]) => evidence.map((e) => [e.sentence, e.start, e.end, e.text]).sort((a, b) => (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number));

function shapeOfReplica(replica: Replica): Shape {
  const byType = <T extends FetchedNode["__typename"]>(t: T) => [...replica.nodes.values()].filter((n): n is Extract<FetchedNode, { __typename: T }> => n.__typename === t);
  const ref = (id: string | null | undefined, what: (n: FetchedNode) => string | null): string | null => {
    if (id == null) return null;
    const n = replica.nodes.get(id);
    return n ? what(n) : `MISSING ${id}`;
  };
  const code = (r: { id: string } | null | undefined) => ref(r?.id, (n) => (n.__typename === "Country" ? n.code : "NOT A COUNTRY"));
  const name = (r: { id: string } | null | undefined) => ref(r?.id, (n) => ("name" in n ? (n.name as string) : "NO NAME"));
  const hash = (r: { id: string } | null | undefined) => ref(r?.id, (n) => (n.__typename === "Document" ? n.contentHash : "NOT A DOCUMENT"));
  const key = (r: { id: string } | null | undefined) => ref(r?.id, (n) => (n.__typename === "Meeting" ? n.key : "NOT A MEETING"));
  const lower = (s: string) => s.toLowerCase();
  return {
    countries: sortJson(byType("Country").map((c) => [c.code, c.name])),
    organizations: sortJson(byType("Organization").map((o) => [o.name, o.acronym, code(o.country)])),
    officials: sortJson(byType("Official").map((o) => [o.name, o.title, code(o.country), name(o.organization)])),
    aliases: sortJson(byType("Official").map((o) => [o.name, [...o.aliases].sort()])),
    topics: sortJson(byType("Topic").map((t) => t.name)),
    documents: sortJson(
      byType("Document").map((d) => [d.contentHash, d.source, d.date, d.title, d.dateline, d.extractorVersion, d.wordCount, d.ingestedAt, d.url, d.outlet, d.fetchedAt, d.topics.map(name).sort(), d.text]),
    ),
    positions: sortJson(byType("Position").map((p) => [hash(p.document), name(p.official), p.positionTitle, name(p.organization), code(p.country), p.date, spans(p.evidence)])),
    proposals: sortJson(
      byType("Proposal").map((p) => [hash(p.document), lower(p.kind), p.text, name(p.speaker), name(p.addressee), p.addresseeName, key(p.meeting), p.date, p.topics.map(name).sort(), spans(p.evidence)]),
    ),
    targets: sortJson(byType("Target").map((t) => [hash(t.document), t.metric, t.value, t.unit, t.deadline, spans(t.evidence)])),
    meetingMentions: sortJson(
      byType("Meeting").flatMap((m) =>
        m.mentions.map((x) => [m.key, hash(x.document), x.ordinal, lower(x.kind), lower(x.status), x.date, x.location, x.rule, sortJson(x.participants.map((p) => [name(p.official), lower(p.role)])), spans(x.evidence)]),
      ),
    ),
    agreementMentions: sortJson(
      byType("Agreement").flatMap((a) =>
        a.history.map((h) => [a.key, hash(h.document), h.title, lower(h.status), h.date, h.rule, spans(h.evidence), sortJson(h.parties.map((p) => [p.name, name(p.official), name(p.organization), code(p.country)])), name(h.proposer)]),
      ),
    ),
    events: byType("Meeting").map((m) => m.key).sort(),
    instruments: byType("Agreement").map((a) => a.key).sort(),
    parties: sortJson(byType("Agreement").map((a) => [a.key, sortJson(a.parties.map((p) => [p.name, name(p.official), name(p.organization), code(p.country)]))])),
    proposers: sortJson(byType("Agreement").map((a) => [a.key, name(a.proposer)])),
    mentionEvidence: sortJson([
      ...byType("Official").flatMap((o) => byDocument(["official", o.name], o.evidencePage.nodes, hash)),
      ...byType("Organization").flatMap((o) => byDocument(["organization", o.name], o.evidence, hash)),
    ]),
  };
}

/** A node's evidence as one row per report: [kind, natural key, report hash, spans]. */
function byDocument(node: string[], evidence: (Span & { document: { id: string } })[], hash: (r: { id: string }) => string | null): unknown[][] {
  const of = new Map<string, Span[]>();
  for (const e of evidence) of.set(e.document.id, [...(of.get(e.document.id) ?? []), e]);
  return [...of].map(([document, es]) => [...node, hash({ id: document }), spans(es)]);
}

async function exportLines(db: Database): Promise<ExportLine[]> {
  const lines: ExportLine[] = [];
  await exportGraph(db.prisma, (l) => void lines.push(JSON.parse(l)));
  return lines;
}

function shapeOfExport(lines: ExportLine[]): Shape {
  const of = <T extends ExportLine["type"]>(t: T) => lines.filter((l): l is Extract<ExportLine, { type: T }> => l.type === t);
  const names = new Map<string, string>([...of("official"), ...of("organization"), ...of("topic")].map((n) => [n.id, n.name]));
  const codes = new Map(of("country").map((c) => [c.id, c.code]));
  const hashes = new Map(of("document").map((d) => [d.id, d.contentHash]));
  const eventOf = new Map(of("meeting").map((m) => [m.id, m.event ? m.event.replace(/^event:/, "") : null]));
  const name = (r: string | null) => (r == null ? null : (names.get(r) ?? `MISSING ${r}`));
  const code = (r: string | null) => (r == null ? null : (codes.get(r) ?? `MISSING ${r}`));
  const hash = (r: string) => hashes.get(r) ?? `MISSING ${r}`;
  return {
    countries: sortJson(of("country").map((c) => [c.code, c.name])),
    organizations: sortJson(of("organization").map((o) => [o.name, o.acronym, code(o.country)])),
    officials: sortJson(of("official").map((o) => [o.name, o.title, code(o.country), name(o.organization)])),
    aliases: sortJson(of("official").map((o) => [o.name, [...new Set(of("mention").flatMap((m) => (m.node === o.id ? m.aliases : [])))].sort()])),
    topics: sortJson(of("topic").map((t) => t.name)),
    documents: sortJson(
      of("document").map((d) => [d.contentHash, d.source, day(d.date), d.title, d.dateline, d.extractorVersion, d.wordCount, d.ingestedAt, d.url ?? null, d.outlet ?? null, d.fetchedAt ?? null, d.topics.map(name).sort(), d.text]),
    ),
    positions: sortJson(of("position").map((p) => [hash(p.document), name(p.official), p.title, name(p.organization), code(p.country), day(p.date), spans(p.evidence)])),
    proposals: sortJson(
      of("proposal").map((p) => [hash(p.document), p.kind, p.text, name(p.speaker), name(p.addressee), p.addresseeName, p.meeting ? (eventOf.get(p.meeting) ?? null) : null, day(p.date), p.topics.map(name).sort(), spans(p.evidence)]),
    ),
    targets: sortJson(of("target").map((t) => [hash(t.document), t.metric, t.value, t.unit, t.deadline, spans(t.evidence)])),
    meetingMentions: sortJson(
      of("meeting").map((m) => [m.event?.replace(/^event:/, "") ?? null, hash(m.document), m.ordinal, m.kind, m.status, m.date, m.location, m.rule, sortJson(m.participants.map((p) => [name(p.official), p.role])), spans(m.evidence)]),
    ),
    agreementMentions: sortJson(
      of("agreement").map((a) => [
        a.instrument?.replace(/^instrument:/, "") ?? null,
        hash(a.document),
        a.title,
        a.status,
        day(a.date),
        a.rule,
        spans(a.evidence),
        sortJson(a.parties.map((p) => [p.name, name(p.official), name(p.organization), code(p.country)])),
        name(a.proposer),
      ]),
    ),
    events: [...new Set(of("meeting").flatMap((m) => (m.event ? [m.event.replace(/^event:/, "")] : [])))].sort(),
    instruments: [...new Set(of("agreement").flatMap((a) => (a.instrument ? [a.instrument.replace(/^instrument:/, "")] : [])))].sort(),
    ...instrumentParts(of("agreement"), hash, name, code),
    mentionEvidence: sortJson(
      of("mention")
        .filter((m) => m.evidence.length > 0)
        .map((m) => [...(codes.has(m.node) ? ["country", code(m.node)] : [m.node.split(":")[0], name(m.node)]), hash(m.document), spans(m.evidence)]),
    ),
  };
}

/**
 * An instrument's parties and proposer from its mentions' lines, the way resolution builds them
 * (src/store/facts/agreements.ts): parties one per name, the first mention's (in key order; the
 * instrument's key is its smallest mention key) winning; the proposer of the first mention in
 * history order (report date, status order, key) that names one.
 */
function instrumentParts(
  mentions: Extract<ExportLine, { type: "agreement" }>[],
  hash: (r: string) => string,
  name: (r: string | null) => string | null,
  code: (r: string | null) => string | null,
): Pick<Shape, "parties" | "proposers"> {
  const STATUS_ORDER = ["proposed", "under_negotiation", "signed", "in_force"];
  const keyOf = (m: (typeof mentions)[number]) => `${hash(m.document)}/${m.ordinal}`;
  const byInstrument = new Map<string, typeof mentions>();
  for (const m of mentions) {
    if (!m.instrument) continue;
    const k = m.instrument.replace(/^instrument:/, "");
    byInstrument.set(k, [...(byInstrument.get(k) ?? []), m]);
  }
  const parties: unknown[] = [];
  const proposers: unknown[] = [];
  for (const [k, ms] of byInstrument) {
    const seen = new Map<string, unknown[]>();
    for (const m of [...ms].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))) {
      for (const p of m.parties) if (!seen.has(p.name)) seen.set(p.name, [p.name, name(p.official), name(p.organization), code(p.country)]);
    }
    parties.push([k, sortJson([...seen.values()])]);
    const history = [...ms].sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (keyOf(a) < keyOf(b) ? -1 : 1));
    proposers.push([k, name(history.find((m) => m.proposer !== null)?.proposer ?? null)]);
  }
  return { parties: sortJson(parties), proposers: sortJson(proposers) };
}

let client: TypedClient;
let db: Database;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  client = await typedClient();
  db = await freshDatabase();
  server = await serve(db);
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

describe("change feed", () => {
  it("replays into an empty copy equal to the export, before and after deletions, a replacement and a re-extraction", async () => {
    for (const s of SEEDS) await ingestText(db.prisma, s);
    for (const f of clusterFiles) await ingestText(db.prisma, report(f));

    const replica = new Replica();
    const first = await replica.pull(client, server.url);
    expect(first.pages).toBeGreaterThan(1);
    const exported = shapeOfExport(await exportLines(db));
    expect(exported.documents).toHaveLength(SEEDS.length + clusterFiles.length);
    expect(exported.events.length).toBeGreaterThan(0);
    expect(exported.instruments.length).toBeGreaterThan(0);
    // The three reports of one reception are one event: mentions outnumber events.
    expect(exported.meetingMentions.length).toBeGreaterThan(exported.events.length);
    // What the comparison now covers is there to compare: evidence on facts, aliases, parties, a proposer.
    const has = (rows: string[], test: (row: any[]) => boolean) => rows.some((r) => test(JSON.parse(r)));
    for (const facts of [exported.positions, exported.proposals, exported.meetingMentions, exported.agreementMentions]) expect(has(facts, (r) => r.at(-1).length > 0)).toBe(true);
    expect(has(exported.aliases, ([, aliases]) => aliases.length > 0)).toBe(true);
    expect(has(exported.parties, ([, parties]) => parties.length > 0)).toBe(true);
    expect(has(exported.proposers, ([, proposer]) => proposer !== null)).toBe(true);
    expect(has(exported.agreementMentions, (r) => r.at(-2).length > 0)).toBe(true);
    for (const kind of ["official", "organization"]) expect(has(exported.mentionEvidence, ([k, , , spans]) => k === kind && spans.length > 0)).toBe(true);
    expect(shapeOfReplica(replica)).toEqual(exported);
    // Cursors grow in feed order.
    expect(replica.positions.every((p, i) => Number.isInteger(p) && (i === 0 || p > replica.positions[i - 1]))).toBe(true);

    // Polling again with nothing new: an empty page, the cursor kept.
    const cursor = replica.cursor;
    expect((await replica.pull(client, server.url)).entries).toEqual([]);
    expect(replica.cursor).toBe(cursor);
    const { changesCursor } = await execute(server.url, client.ChangesCursorDocument, {});
    expect(changesCursor).toBe(cursor);

    // Deletions (through the typed client), a replacement at a known source, a re-extraction.
    const docs = await db.prisma.document.findMany({ select: { id: true, source: true } });
    const idOf = (source: string) => Buffer.from(`Document:${docs.find((d) => d.source === source)!.id}`).toString("base64");
    const eventsBefore = new Set(exported.events);
    for (const source of ["clusters/a1-vnanews.txt", "clusters/b1-near-later.txt", "clusters/g1-mou-signed.txt"]) {
      await execute(server.url, client.DeleteDocumentDocument, { id: idOf(source) });
    }
    const a2 = report("a2-dailynews.txt");
    expect((await ingestText(db.prisma, { ...a2, text: a2.text.replace(/\n*$/, "\n\nBoth sides agreed to meet again next year.\n") })).status).toBe("replaced");
    const redone = await reextract(db.prisma, { all: true, version: "changefeed-test" });
    expect(redone.reextracted).toBe(SEEDS.length + clusterFiles.length - 3);

    const second = await replica.pull(client, server.url);
    const after = shapeOfExport(await exportLines(db));
    expect(after.documents).toHaveLength(SEEDS.length + clusterFiles.length - 3);
    expect(shapeOfReplica(replica)).toEqual(after);

    // Tombstones: the deleted documents, and meeting events that are gone from the graph (merged
    // or left without reports), each with no node.
    const tombstones = second.entries.filter((e) => e.operation === "DELETED");
    expect(tombstones.every((e) => e.node === null)).toBe(true);
    expect(tombstones.filter((e) => e.typename === "Document").map((e) => e.nodeId).sort()).toEqual(
      ["clusters/a1-vnanews.txt", "clusters/b1-near-later.txt", "clusters/g1-mou-signed.txt"].map(idOf).sort(),
    );
    const goneEvents = [...eventsBefore].filter((k) => !after.events.includes(k));
    expect(goneEvents.length).toBeGreaterThan(0);
    expect(tombstones.filter((e) => e.typename === "Meeting").length).toBeGreaterThanOrEqual(goneEvents.length);
    expect(tombstones.some((e) => e.typename === "Agreement" || e.typename === "Proposal")).toBe(true);
    // Every entry names its node by global ID and type, and is timed.
    for (const e of [...first.entries, ...second.entries]) {
      expect(Buffer.from(e.nodeId, "base64").toString().split(":")[0]).toBe(e.typename);
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
  }, 300_000);
});

describe("change feed: bad input, retention, transactions", () => {
  let own: Database;
  let ownServer: Awaited<ReturnType<typeof serve>>;
  const cursorOf = (position: number) => Buffer.from(`change:${position}`).toString("base64");
  const QUERY = `query($after: String, $first: Int) { changes(after: $after, first: $first) { totalCount edges { cursor node { operation typename } } pageInfo { hasNextPage endCursor } } }`;
  const changes = (variables: Record<string, unknown>) => post(ownServer.url, QUERY, variables);
  const head = async () => (await post(ownServer.url, `{ changesCursor }`)).body.data!.changesCursor as string;

  beforeAll(async () => {
    own = await freshDatabase();
    ownServer = await serve(own);
    await ingestText(own.prisma, SEEDS[0]);
  }, 120_000);
  afterAll(async () => {
    await ownServer?.close();
    if (own) await disposeDatabase(own);
  });

  it("refuses malformed cursors, cursors of other lists or from ahead of the feed, and page sizes out of range", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ after: "zzz" }, /Invalid cursor "zzz" for `after`: not a cursor of `changes`/],
      [{ after: Buffer.from("cursor:5").toString("base64") }, /not a cursor of `changes`/],
      [{ after: cursorOf(-1) }, /not a cursor of `changes`/],
      [{ after: cursorOf(999_999) }, /ahead of the change feed \(position 999999, newest \d+\).*re-sync from an export/],
      [{ first: -1 }, /`first` must be zero or more, got -1/],
      [{ first: 101 }, /exceeds the `first` limit of 100/],
    ];
    for (const [variables, message] of cases) {
      const { body } = await changes(variables);
      expect(body.errors?.[0]?.message, JSON.stringify(variables)).toMatch(message);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    // The valid ones: from the start, a page of 2, then on from its end.
    const page = (await changes({ first: 2 })).body.data!.changes;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = (await changes({ after: page.pageInfo.endCursor, first: 100 })).body.data!.changes;
    expect(rest.totalCount).toBe(page.totalCount - 2);
    expect(rest.pageInfo.endCursor).toBe(await head());
    expect((await changes({ first: 0 })).body.data!.changes.edges).toEqual([]);
  });

  it("an unchanged re-ingest records nothing; a write that rolls back records nothing", async () => {
    const before = await head();
    expect((await ingestText(own.prisma, SEEDS[0])).status).toBe("unchanged");
    await expect(
      writeTransaction(own.prisma, async (tx) => {
        await tx.topic.create({ data: { name: "rolled back" } });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await head()).toBe(before);
    expect(await own.prisma.pendingChange.count()).toBe(0);
    expect(await own.prisma.topic.count({ where: { name: "rolled back" } })).toBe(0);
  });

  it("an alias added or taken away on its own records its official as updated", async () => {
    const official = await own.prisma.official.findFirstOrThrow({ orderBy: { id: "asc" } });
    const document = await own.prisma.document.findFirstOrThrow({ orderBy: { id: "asc" } });
    const changesOf = async (after: number) =>
      (await own.prisma.change.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" } })).map((c) => [c.type, c.nodeId, c.operation]);
    const before = (await own.prisma.change.aggregate({ _max: { id: true } }))._max.id!;
    const alias = await writeTransaction(own.prisma, (tx) => tx.alias.create({ data: { officialId: official.id, documentId: document.id, name: "a test alias" } }));
    const added = (await own.prisma.change.aggregate({ _max: { id: true } }))._max.id!;
    expect(await changesOf(before)).toEqual([["Official", official.id, "updated"]]);
    await writeTransaction(own.prisma, (tx) => tx.alias.delete({ where: { id: alias.id } }));
    expect(await changesOf(added)).toEqual([["Official", official.id, "updated"]]);
  });

  it("numbers changes in commit order: a write that records while another is still open waits for it", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let recorded!: () => void;
    const firstRecorded = new Promise<void>((r) => (recorded = r));
    // The first writer records its change, then holds its transaction open.
    const first = writeTransaction(own.prisma, async (tx) => {
      await tx.topic.create({ data: { name: "first writer" } });
      await recordChanges(tx);
      recorded();
      await gate;
    });
    await firstRecorded;
    let secondDone = false;
    const second = writeTransaction(own.prisma, (tx) => tx.topic.create({ data: { name: "second writer" } })).then(() => (secondDone = true));
    // Whatever the machine's speed, the second cannot commit a change numbered before the first's
    // commit: it waits (SQLite's write lock, PostgreSQL's feed lock) until the first is done.
    await new Promise((r) => setTimeout(r, 300));
    expect(secondDone).toBe(false);
    release();
    await Promise.all([first, second]);
    const topics = await own.prisma.topic.findMany({ where: { name: { in: ["first writer", "second writer"] } }, select: { id: true, name: true } });
    const entries = await own.prisma.change.findMany({ where: { type: "Topic", nodeId: { in: topics.map((t) => t.id) } }, orderBy: { id: "asc" } });
    expect(entries.map((e) => topics.find((t) => t.id === e.nodeId)!.name)).toEqual(["first writer", "second writer"]);
  });

  it("shows committed entries only: an open write's entries stay out of the feed until its commit, and for good if it rolls back", async () => {
    // The server reads through read workers (SQLite); Prisma's own connection is the writers'.
    const served = await freshDatabase({ readWorkers: 1 });
    try {
      await ingestText(served.prisma, SEEDS[0]);
      const head = (await changesAfter(served.prisma, 0, 100)).rows.at(-1)!.id;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let recorded!: () => void;
      const open = new Promise<void>((r) => (recorded = r));
      const write = writeTransaction(served.prisma, async (tx) => {
        await tx.topic.create({ data: { name: "not yet committed" } });
        await recordChanges(tx);
        recorded();
        await gate;
        throw new Error("rolled back");
      }).catch((e: Error) => e.message);
      await open;
      expect((await changesAfter(served.prisma, head, 10)).rows).toEqual([]);
      expect(await countChangesAfter(served.prisma, head)).toBe(0);
      expect(await changeHead(served.prisma)).toBe(head);
      release();
      expect(await write).toBe("rolled back");
      expect((await changesAfter(served.prisma, head, 10)).rows).toEqual([]);
    } finally {
      await disposeDatabase(served);
    }
  });

  it("keeps changes for the retention period, then refuses older cursors with CHANGES_EXPIRED", async () => {
    expect(retentionDays({})).toBe(30);
    expect(retentionDays({ DIPLOGRAPH_CHANGES_RETENTION_DAYS: "7" })).toBe(7);
    for (const bad of ["0", "-3", "a week"]) {
      expect(() => retentionDays({ DIPLOGRAPH_CHANGES_RETENTION_DAYS: bad })).toThrow(`DIPLOGRAPH_CHANGES_RETENTION_DAYS must be a positive number of days, got "${bad}"`);
    }
    const early = (await changes({ first: 1 })).body.data!.changes.pageInfo.endCursor as string;
    const caughtUp = await head();
    const day = 86_400_000;
    // 29 days on, nothing is old enough; 31 days on, everything is.
    expect(await pruneExpiredChanges(own.prisma, new Date(Date.now() + 29 * day))).toBe(0);
    expect((await changes({ after: early })).body.errors).toBeUndefined();
    expect(await pruneExpiredChanges(own.prisma, new Date(Date.now() + 31 * day))).toBeGreaterThan(0);
    expect(await own.prisma.change.count()).toBe(0);

    for (const variables of [{ after: early }, {}]) {
      const { body } = await changes(variables);
      expect(body.errors?.[0]?.extensions?.code).toBe("CHANGES_EXPIRED");
      expect(body.errors?.[0]?.message).toMatch(/no longer kept.*re-sync from an export \(`diplograph export`\), reading `changesCursor` first/);
    }
    // A client that had caught up loses nothing: its cursor still works, and so does the head.
    expect(await head()).toBe(caughtUp);
    expect((await changes({ after: caughtUp })).body.data!.changes.edges).toEqual([]);
    await ingestText(own.prisma, SEEDS[1]);
    const next = (await changes({ after: caughtUp, first: 100 })).body.data!.changes;
    expect(next.edges.length).toBeGreaterThan(0);
    expect(next.edges.some((e: any) => e.node.typename === "Document" && e.node.operation === "CREATED")).toBe(true);
  });

  it("prunes at every write: recording changes removes those older than the retention period", async () => {
    const before = await own.prisma.change.aggregate({ _max: { id: true }, _count: true });
    expect(before._count).toBeGreaterThan(0);
    // A write recorded 31 days from now: everything before it is past the 30 days.
    await own.prisma.$transaction(async (tx) => {
      await tx.topic.create({ data: { name: "a later topic" } });
      await recordChanges(tx as never, new Date(Date.now() + 31 * 86_400_000), {});
    });
    const left = await own.prisma.change.findMany();
    expect(left.map((c) => [c.type, c.operation])).toEqual([["Topic", "created"]]);
    expect(left[0].id).toBeGreaterThan(before._max.id!);
    expect((await own.prisma.changeHorizon.findUnique({ where: { id: 1 } }))?.prunedThrough).toBe(before._max.id);
    const page = await changesAfter(own.prisma, before._max.id!, 10);
    expect(page.rows.map((r) => r.nodeId)).toEqual([left[0].nodeId]);
    await expect(changesAfter(own.prisma, before._max.id! - 1, 10)).rejects.toThrow(/no longer kept/);
    // pruneChanges on its own: nothing older than a date in the past.
    await own.prisma.$transaction(async (tx) => expect(await pruneChanges(new Sql(tx as never), new Date(0))).toBe(0));
  });

  it("prunes without reading the whole feed: the oldest entries come from the index on their time", async () => {
    // Every write prunes, and between prunes nothing is old enough: a prune that walks the feed
    // made ingestion slow down as the feed grew (bench/ingest-flat.ts). SQLite's plan is checked;
    // PostgreSQL plans a max() under a condition from the condition's index by itself, but deleted
    // through a sequential scan of the whole feed in every write until the prune bounded its ids
    // on both sides (issue #16, ingest24): its generic plan, as a write's named statement has it,
    // over a feed of 20,000 entries (rolled back), reads the key's index.
    if (own.provider === "postgresql") {
      const plan = await own.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO "Change" ("type", "nodeId", "operation", "at") SELECT 'Topic', g, 'updated', now() FROM generate_series(1, 20000) g`);
        await tx.$executeRawUnsafe(`SET LOCAL plan_cache_mode = force_generic_plan`);
        await tx.$executeRawUnsafe(`PREPARE prune_plan AS ${PG_PRUNE_STATEMENT.replace("?", "CAST($1 AS TIMESTAMP(3))")}`);
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN EXECUTE prune_plan(NULL)`);
        await tx.$executeRawUnsafe(`DEALLOCATE prune_plan`);
        throw Object.assign(new Error("rolled back"), { rows });
      }).catch((e: { rows?: { "QUERY PLAN": string }[] }) => (e.rows ?? []).map((r) => r["QUERY PLAN"]).join("\n"));
      expect(plan).toMatch(/Change_pkey/);
      expect(plan).not.toMatch(/Seq Scan on "Change"/);
      return;
    }
    const plan = await own.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${PRUNE_STATEMENT}`, new Date().toISOString());
    const subquery = plan.map((r) => r.detail).filter((d) => /Change/.test(d) && !/PRIMARY KEY/.test(d));
    expect(subquery).toEqual([expect.stringMatching(/USING (COVERING )?INDEX Change_at_idx \(at<\?\)/)]);
  });
});
