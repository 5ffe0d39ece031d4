// Per-request batch loaders: every relation the API resolves goes through one of these, so a
// request's statement count follows the query's shape, not the number of rows it returns.
// Create one set per request (createLoaders): caches must not outlive a request.
//
// Within a request, each position in the query (a field path without list indices, e.g.
// `officials.edges.node.meetings`) gets its own loaders (`at(path)`). All parents at one position
// are resolved together, so each position batches into a fixed number of statements; sharing a
// loader between positions would merge batches only when their I/O happens to finish in the same
// tick, which makes the count depend on timing (it did on PostgreSQL).
import DataLoader from "dataloader";
import type { Database } from "./db.ts";
import type {
  Agreement,
  AgreementParty,
  Country,
  Document,
  Evidence,
  AgreementMention,
  Meeting,
  MeetingMention,
  MeetingMentionParticipant,
  MeetingParticipant,
  Official,
  Organization,
  Position,
  Proposal,
  Target,
  Topic,
} from "../generated/sqlite/client.ts";
import { inList, sql, windowCounts, windowNodeColumns, windowPages, type Page, type PageNodes, type PageRequest, type WindowPage, type WindowSource } from "./queries/pagination.ts";
import { relations, type RelationName } from "./queries/relations.ts";

/** A document row without its text (loaded separately, by documentText). */
export type DocumentRow = Omit<Document, "text">;
export const DOCUMENT_SELECT = {
  id: true,
  source: true,
  contentHash: true,
  date: true,
  title: true,
  dateline: true,
  extractorVersion: true,
  wordCount: true,
  ingestedAt: true,
  updatedAt: true,
  url: true,
  outlet: true,
  fetchedAt: true,
} as const;

export interface NodeRows {
  Official: Official;
  Organization: Organization;
  Country: Country;
  Meeting: Meeting;
  Proposal: Proposal;
  Agreement: Agreement;
  Target: Target;
  Topic: Topic;
  Position: Position;
  Document: DocumentRow;
  Evidence: Evidence;
}
export type NodeType = keyof NodeRows;
export const NODE_TYPES: NodeType[] = ["Official", "Organization", "Country", "Meeting", "Proposal", "Agreement", "Target", "Topic", "Position", "Document", "Evidence"];

/** A span of an official's history: one title at one organisation, from its first to its last report. */
export interface PositionSpanRow {
  officialId: number;
  title: string;
  organizationId: number | null;
  countryId: number | null;
  firstSeen: Date;
  lastSeen: Date;
  reports: number;
}

/**
 * A participant row carries its official's row under this key (read in the same statement), so
 * `MeetingParticipant.official` needs no statement of its own; a symbol, so it never shows as a field.
 */
export const PARTICIPANT_OFFICIAL = Symbol("participant official");
/** Without the copy of the meeting date the row keeps for the index (the API reads the meeting's own). */
export type ParticipantRow = Omit<MeetingParticipant, "dateStart"> & { [PARTICIPANT_OFFICIAL]?: Official };

/**
 * A meeting row read with its participants (and their officials) in the same statement carries
 * them under this key, so `Meeting.participants` needs no statement of its own.
 */
export const MEETING_PARTICIPANTS = Symbol("meeting participants");
export type MeetingWithParticipants = Meeting & { [MEETING_PARTICIPANTS]?: ParticipantRow[] };

/** Every column of Official (the type check keeps the list whole when the model changes). */
export const OFFICIAL_COLUMNS = Object.keys({
  id: true,
  key: true,
  name: true,
  searchName: true,
  countryId: true,
  organizationId: true,
  title: true,
  nameKey: true,
} satisfies Record<keyof Official, true>);

/** Every column of Meeting (the type check keeps the list whole when the model changes). */
export const MEETING_COLUMNS = Object.keys({
  id: true,
  key: true,
  documentId: true,
  ordinal: true,
  kind: true,
  status: true,
  date: true,
  dateStart: true,
  dateEnd: true,
  location: true,
} satisfies Record<keyof Meeting, true>);

/**
 * What a statement over meeting rows (alias `t`) adds to bring each meeting's participants and
 * their officials: one row per participant (one with NULLs for a meeting without any), the
 * joined columns named `__jp_*` (participant) and `__jo_*` (official). `order`: the participant
 * rows' order within a meeting (unique there), over the join's aliases and as the rows' column.
 */
export const PARTICIPANTS_JOIN = {
  columns: `mp."officialId" AS "__jp_officialId", mp.role AS "__jp_role", ${OFFICIAL_COLUMNS.map((c) => `o."${c}" AS "__jo_${c}"`).join(", ")}`,
  joins: `LEFT JOIN "MeetingParticipant" mp ON mp."meetingId" = t.id LEFT JOIN "Official" o ON o.id = mp."officialId"`,
  order: { on: `mp."officialId"`, column: `"__jp_officialId"` },
};


/**
 * A proposal row read with its speaker's row in the same statement carries it under this key
 * (null: no speaker), so `Proposal.speaker` needs no statement of its own.
 */
export const PROPOSAL_SPEAKER = Symbol("proposal speaker");
export type ProposalWithSpeaker = Proposal & { [PROPOSAL_SPEAKER]?: Official | null };

const JOINED_SPEAKER_COLUMNS = OFFICIAL_COLUMNS.map((c) => [c, `__js_${c}`] as const);

/** What a page of proposals (alias `t`) adds to bring its speakers' rows: `__js_*` columns, one row per proposal. */
export const SPEAKER_JOIN = {
  columns: JOINED_SPEAKER_COLUMNS.map(([c, joined]) => `js."${c}" AS "${joined}"`).join(", "),
  joins: ` LEFT JOIN "Official" js ON js.id = t."speakerId"`,
};

/** Rows of a SPEAKER_JOIN statement as proposal rows carrying their speakers (PROPOSAL_SPEAKER). */
export function withJoinedSpeakers(rows: Record<string, unknown>[]): ProposalWithSpeaker[] {
  const columns = windowNodeColumns(rows[0]);
  return rows.map((r) => {
    const row = pick(r, columns) as ProposalWithSpeaker;
    let speaker: Record<string, unknown> | null = null;
    if (r.__js_id != null) {
      speaker = {};
      for (const [c, joined] of JOINED_SPEAKER_COLUMNS) speaker[c] = r[joined];
    }
    row[PROPOSAL_SPEAKER] = speaker as Official | null;
    return row;
  });
}

/**
 * An official's row read with its country's row in the same statement (a search for officials)
 * carries it under this key (null: no country), so `Official.country` needs no statement of its own.
 */
export const OFFICIAL_COUNTRY = Symbol("official country");
export type OfficialWithCountry = Official & { [OFFICIAL_COUNTRY]?: Country | null };

const JOINED_COUNTRY_COLUMNS = Object.keys({ id: true, code: true, name: true, alpha3: true, wikidataId: true } satisfies Record<keyof Country, true>).map((c) => [c, `__jc_${c}`] as const);

/** What a statement over officials (alias `t`) adds to bring each one's country: `__jc_*` columns, one row per official. */
export const COUNTRY_JOIN = {
  columns: JOINED_COUNTRY_COLUMNS.map(([c, joined]) => `jc."${c}" AS "${joined}"`).join(", "),
  joins: ` LEFT JOIN "Country" jc ON jc.id = t."countryId"`,
};

/** A row of a COUNTRY_JOIN statement as an official's row carrying its country (OFFICIAL_COUNTRY). */
export function withJoinedCountry(r: Record<string, unknown>): OfficialWithCountry {
  const row = pick(r, windowNodeColumns(r)) as OfficialWithCountry;
  let country: Record<string, unknown> | null = null;
  if (r.__jc_id != null) {
    country = {};
    for (const [c, joined] of JOINED_COUNTRY_COLUMNS) country[c] = r[joined];
  }
  row[OFFICIAL_COUNTRY] = country as Country | null;
  return row;
}

const ROLE_RANK: Record<string, number> = { host: 0, guest: 1, participant: 2 };

/**
 * Whether pages of meetings bring their participants in their own statement. On PostgreSQL that
 * saves a round trip per page; on SQLite (in-process, no round trip) the joined statement took
 * twice as long as the page and the participants read apart (10k, 10 officials' first pages:
 * 7-10 ms against 3.5-5.5 ms), so it reads them apart.
 */
export const joinsParticipants = (db: Database) => db.provider === "postgresql";

/**
 * Hosts first, then guests, then others; by official within a role (what the participants loader
 * gives). In place, by insertion up to a few dozen rows: a meeting has a few participants, and
 * Array.prototype.sort allocated a work copy per call (about 40 kB per request of the 3-level query).
 */
function sortParticipants(rows: ParticipantRow[]): ParticipantRow[] {
  const before = (a: ParticipantRow, b: ParticipantRow) => (ROLE_RANK[a.role] ?? 9) - (ROLE_RANK[b.role] ?? 9) || a.officialId - b.officialId;
  if (rows.length > 32) return rows.sort(before);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    let j = i - 1;
    for (; j >= 0 && before(rows[j]!, row) > 0; j--) rows[j + 1] = rows[j]!;
    rows[j + 1] = row;
  }
  return rows;
}

/** Copies `columns` of a row into a new object (faster than a rest spread over a wide row). */
function pick(row: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = row[c];
  return out;
}

const JOINED_OFFICIAL_COLUMNS = OFFICIAL_COLUMNS.map((c) => [c, `__jo_${c}`] as const);

/** The participants a meeting's rows of a PARTICIPANTS_JOIN statement carry (none for its one row of NULLs), sorted. */
export function joinedParticipants(meetingId: number, rows: readonly Record<string, unknown>[]): ParticipantRow[] {
  const out: ParticipantRow[] = [];
  for (const r of rows) {
    if (r.__jp_officialId == null) continue;
    const official: Record<string, unknown> = {};
    for (const [c, joined] of JOINED_OFFICIAL_COLUMNS) official[c] = r[joined];
    out.push({ meetingId, officialId: Number(r.__jp_officialId), role: String(r.__jp_role), [PARTICIPANT_OFFICIAL]: official as Official });
  }
  return sortParticipants(out);
}

/**
 * Splits the rows of a statement made with PARTICIPANTS_JOIN (one or more per item, consecutive)
 * into items carrying their participants, in order. `key` tells which rows belong to one item (a
 * meeting id, or a parent and position); each row's `id` is its meeting.
 */
export function withJoinedParticipants<R extends Record<string, unknown>>(rows: R[], key: (row: R) => string): { row: R; participants: ParticipantRow[] }[] {
  const out: { row: R; rows: R[] }[] = [];
  const columns = windowNodeColumns(rows[0]);
  let lastKey: string | null = null;
  for (const r of rows) {
    const k = key(r);
    if (k !== lastKey) out.push({ row: pick(r, columns) as R, rows: [] });
    lastKey = k;
    out[out.length - 1]!.rows.push(r);
  }
  return out.map(({ row, rows }) => ({ row, participants: joinedParticipants(Number(row.id), rows) }));
}

/** A nested connection's pages read by a list's own statement (lists.ts), handed back through `prime`. */
export interface NestedPages {
  window: WindowSource;
  req: PageRequest;
  nodes: PageNodes;
  prime: (parentId: number, page: WindowPage) => void;
}

/**
 * Whether a top-level list reads its rows' nested pages in its own statement. On PostgreSQL that
 * saves a statement and its round trip per request; SQLite (no LATERAL, no round trip) keeps them apart.
 */
export const foldsNestedPages = (db: Database) => db.provider === "postgresql";

/** A nested connection's page: rows plus the relation's per-row value (e.g. meetings shared). */
export type RelationPage<T> = Page<{ node: T; extra: number | null }>;

/** The node type each relation lists. */
const relationNode = {
  officialMeetings: "Meeting",
  officialProposals: "Proposal",
  officialProposalsReceived: "Proposal",
  officialPositions: "Position",
  officialAgreementsProposed: "Agreement",
  officialCounterparts: "Official",
  officialEvidence: "Evidence",
  countryOfficials: "Official",
  countryMeetings: "Meeting",
  countryOrganizations: "Organization",
  organizationOfficials: "Official",
  topicProposals: "Proposal",
  topicDocuments: "Document",
} as const satisfies Record<RelationName, NodeType>;
export type RelationNodeType<R extends RelationName> = NodeRows[(typeof relationNode)[R]];

/** Columns a node type's rows are read with: every column, except a document's text (loaded on its own). */
const NODE_COLUMNS: Partial<Record<NodeType, readonly string[]>> = { Document: Object.keys(DOCUMENT_SELECT) };
const nodeColumns = (type: NodeType) => NODE_COLUMNS[type]?.map((c) => `"${c}"`).join(", ") ?? "*";
/** A node type's row columns on the table alias `alias`, for statements that join its rows in. */
export const nodeColumnsOn = (type: NodeType, alias: string) => NODE_COLUMNS[type]?.map((c) => `${alias}."${c}"`).join(", ") ?? `${alias}.*`;

type FactColumn = "meetingId" | "meetingMentionId" | "agreementMentionId" | "proposalId" | "agreementId" | "positionId" | "targetId" | "organizationId" | "documentId";

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function createPositionLoaders(db: Database) {
  const p = db.prisma;

  function byId<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>) {
    return new DataLoader<number, T | null>(async (ids) => {
      const rows = await fetch([...ids]);
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    });
  }

  function manyBy<T, K extends number>(fetch: (ids: number[]) => Promise<T[]>, key: (r: T) => K) {
    return new DataLoader<number, T[]>(async (ids) => {
      const m = groupBy(await fetch([...ids]), key);
      return ids.map((id) => m.get(id as K) ?? []);
    });
  }

  /** Rows of a node type by id, through the direct read path (reader.ts). */
  const rowsOf =
    <K extends NodeType>(type: K) =>
    (ids: number[]) =>
      db.read.rows<NodeRows[K]>(`SELECT ${nodeColumns(type)} FROM "${type}" WHERE id IN (${ids.map(() => "?").join(", ")})`, ids);

  // A request reaches a handful of positions and uses one or two loaders at each: loaders are made
  // on first use (about 35 per position were built up front, on every request).
  const made = new Map<string, unknown>();
  function once<T>(name: string, make: () => T): T {
    let loader = made.get(name) as T | undefined;
    if (loader === undefined) made.set(name, (loader = make()));
    return loader;
  }

  const nodes = {} as { readonly [K in NodeType]: DataLoader<number, NodeRows[K] | null> };
  for (const type of NODE_TYPES) Object.defineProperty(nodes, type, { enumerable: true, get: () => once(`node:${type}`, () => byId(rowsOf(type))) });

  /** Loads rows of one node type by id, in one statement, and primes the node cache with them. */
  async function rowsById<K extends NodeType>(type: K, ids: number[]): Promise<Map<number, NodeRows[K]>> {
    const loader = nodes[type] as DataLoader<number, NodeRows[K] | null>;
    const rows = await loader.loadMany([...new Set(ids)]);
    const m = new Map<number, NodeRows[K]>();
    for (const r of rows) if (r && !(r instanceof Error)) m.set(r.id, r);
    return m;
  }

  const pageLoaders = new Map<string, DataLoader<number, RelationPage<unknown>>>();
  const countLoaders = new Map<RelationName, DataLoader<number, number>>();

  const pageKey = (relation: RelationName, req: PageRequest, joined: boolean) => `${relation}:${req.first ?? ""}:${req.after ?? ""}:${req.last ?? ""}:${req.before ?? ""}:${joined ? "p" : ""}`;
  /** The node rows a page statement of `relation` reads, with the meetings' participants joined when asked. */
  const pageNodesOf = (relation: RelationName, participants: boolean): { nodes: PageNodes; joined: boolean } => {
    const type = relationNode[relation];
    const joined = participants && type === "Meeting" && joinsParticipants(db);
    return { nodes: { table: type, ...(joined ? { columns: MEETING_COLUMNS, join: PARTICIPANTS_JOIN } : { columns: NODE_COLUMNS[type] }) }, joined };
  };
  /** A page as a statement read it, as the API's page; its node rows prime the node loader for later lookups. */
  const relationPage = (relation: RelationName, joined: boolean, pg: WindowPage<{ id: number }>): RelationPage<unknown> => {
    const nodeLoader = nodes[relationNode[relation]] as DataLoader<number, unknown>;
    return {
      hasNextPage: pg.hasNextPage,
      hasPreviousPage: pg.hasPreviousPage,
      rows: pg.rows.map((r) => {
        const node: Record<string, unknown> = r.row.node!;
        if (joined) Object.assign(node, { [MEETING_PARTICIPANTS]: joinedParticipants(r.row.id, r.row.joined!) });
        nodeLoader.prime(r.row.id, node);
        return { position: r.position, row: { node, extra: r.row.extra } };
      }),
    };
  };
  function pageLoader(relation: RelationName, req: PageRequest, participants: boolean): DataLoader<number, RelationPage<unknown>> {
    const { nodes: pageNodes, joined } = pageNodesOf(relation, participants);
    const key = pageKey(relation, req, joined);
    let loader = pageLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<number, RelationPage<unknown>>(async (parentIds) => {
        const pages = await windowPages<{ id: number }>(db.read, relations[relation], parentIds, req, pageNodes, db.provider);
        return parentIds.map((id) => relationPage(relation, joined, pages.get(id)!));
      });
      pageLoaders.set(key, loader);
    }
    return loader;
  }

  /**
   * The page of a nested connection for one parent; parents asking with the same arguments share
   * one statement. With `participants` (a page of meetings whose participants the query selects),
   * each meeting row comes with them (MEETING_PARTICIPANTS), in the same statement.
   */
  function page<R extends RelationName>(relation: R, req: PageRequest, parentId: number, participants = false): Promise<RelationPage<RelationNodeType<R>>> {
    return pageLoader(relation, req, participants).load(parentId) as Promise<RelationPage<RelationNodeType<R>>>;
  }

  /**
   * This position's pages of `relation`, for a list statement to read along with its own page
   * (lists.ts): what the statement needs, and `prime` for each parent's page it read, so `page`
   * then answers from the cache with no statement of its own.
   */
  function nested(relation: RelationName, req: PageRequest, participants: boolean): NestedPages {
    const { nodes: pageNodes, joined } = pageNodesOf(relation, participants);
    return {
      window: relations[relation],
      req,
      nodes: pageNodes,
      prime: (parentId, pg) => void pageLoader(relation, req, participants).prime(parentId, relationPage(relation, joined, pg as WindowPage<{ id: number }>)),
    };
  }

  /** The number of rows of a nested connection for one parent (one GROUP BY per batch). */
  function count(relation: RelationName, parentId: number): Promise<number> {
    let loader = countLoaders.get(relation);
    if (!loader) {
      loader = new DataLoader<number, number>(async (parentIds) => {
        const counts = await windowCounts(db.read, relations[relation], parentIds);
        return parentIds.map((id) => counts.get(id) ?? 0);
      });
      countLoaders.set(relation, loader);
    }
    return loader.load(parentId);
  }

  const evidence = new Map<FactColumn, DataLoader<number, Evidence[]>>();
  /** Evidence rows of facts (by fact column), in document order. */
  function evidenceOf(column: FactColumn, id: number): Promise<Evidence[]> {
    let loader = evidence.get(column);
    if (!loader) {
      loader = manyBy(
        (ids) => p.evidence.findMany({ where: { [column]: { in: ids } }, orderBy: [{ documentId: "asc" }, { start: "asc" }, { id: "asc" }] }),
        (r) => r[column] as number,
      );
      evidence.set(column, loader);
    }
    return loader.load(id);
  }

  return {
    db,
    nodes,
    page,
    nested,
    count,
    evidenceOf,
    /** Countries by ISO code (a federation gateway refers to countries by code). */
    get countriesByCode() {
      return once("countriesByCode", () => new DataLoader<string, Country | null>(async (codes) => {
        const rows = await p.country.findMany({ where: { code: { in: codes.map((c) => c.toUpperCase()) } } });
        const m = new Map(rows.map((r) => [r.code, r]));
        return codes.map((c) => m.get(c.toUpperCase()) ?? null);
      }));
    },
    /** Countries by ISO alpha-3 code and by Wikidata item: the other natural keys a gateway may send. */
    get countriesByAlpha3() {
      return once("countriesByAlpha3", () => new DataLoader<string, Country | null>(async (codes) => {
        const rows = await p.country.findMany({ where: { alpha3: { in: codes.map((c) => c.toUpperCase()) } } });
        const m = new Map(rows.map((r) => [r.alpha3, r]));
        return codes.map((c) => m.get(c.toUpperCase()) ?? null);
      }));
    },
    get countriesByWikidataId() {
      return once("countriesByWikidataId", () => new DataLoader<string, Country | null>(async (qids) => {
        const rows = await p.country.findMany({ where: { wikidataId: { in: qids.map((q) => q.toUpperCase()) } } });
        const m = new Map(rows.map((r) => [r.wikidataId, r]));
        return qids.map((q) => m.get(q.toUpperCase()) ?? null);
      }));
    },
    get documentText() {
      return once("documentText", () => new DataLoader<number, string | null>(async (ids) => {
        const rows = await p.document.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } });
        const m = new Map(rows.map((r) => [r.id, r.text]));
        return ids.map((id) => m.get(id) ?? null);
      }));
    },
    /** An official's positions as history: one span per title, organisation and country. */
    get officialPositionHistory() {
      return once("officialPositionHistory", () => manyBy<PositionSpanRow, number>(async (ids) => {
        const groups = await p.position.groupBy({
          by: ["officialId", "title", "organizationId", "countryId"],
          where: { officialId: { in: ids } },
          _min: { date: true },
          _max: { date: true },
          _count: { _all: true },
        });
        const rows = groups.map((g) => ({
          officialId: g.officialId,
          title: g.title,
          organizationId: g.organizationId,
          countryId: g.countryId,
          firstSeen: g._min.date!,
          lastSeen: g._max.date!,
          reports: g._count._all,
        }));
        // Newest first; ties in code-point order of the title.
        return rows.sort((a, b) => b.lastSeen.getTime() - a.lastSeen.getTime() || b.firstSeen.getTime() - a.firstSeen.getTime() || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.organizationId ?? 0) - (b.organizationId ?? 0));
      }, (r) => r.officialId));
    },
    get officialAliases() {
      return once("officialAliases", () => manyBy(
        (ids) => p.alias.findMany({ where: { officialId: { in: ids } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
        (r) => r.officialId,
      ));
    },
    /** Each meeting's participants with their officials' rows (PARTICIPANT_OFFICIAL): one statement where two were. */
    get meetingParticipants() {
      return once("meetingParticipants", () => new DataLoader<number, ParticipantRow[]>(async (ids) => {
        const joined = await db.read.rows<{ __meetingId: number; __officialId: number; __role: string } & Official>(
          `SELECT mp."meetingId" AS "__meetingId", mp."officialId" AS "__officialId", mp.role AS "__role", o.* FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId"
           WHERE mp."meetingId" IN (${ids.map(() => "?").join(", ")}) ORDER BY mp."meetingId", mp."officialId"`,
          [...ids],
        );
        const rows = joined.map(({ __meetingId, __officialId, __role, ...official }): ParticipantRow => ({ meetingId: __meetingId, officialId: __officialId, role: __role, [PARTICIPANT_OFFICIAL]: official as Official }));
        const m = groupBy(rows, (r) => r.meetingId);
        return ids.map((id) => sortParticipants(m.get(id) ?? []));
      }));
    },
    /** The reports of each meeting event, by document date then document and ordinal. */
    get meetingMentions() {
      return once("meetingMentions", () => new DataLoader<number, MeetingMention[]>(async (ids) => {
        const rows = await p.meetingMention.findMany({
          where: { meetingId: { in: [...ids] } },
          include: { document: { select: { date: true } } },
          orderBy: [{ documentId: "asc" }, { ordinal: "asc" }],
        });
        rows.sort((a, b) => a.document.date.getTime() - b.document.date.getTime() || a.documentId - b.documentId || a.ordinal - b.ordinal);
        const m = groupBy(rows, (r) => r.meetingId!);
        return ids.map((id) => (m.get(id) ?? []).map(({ document: _, ...row }) => row));
      }));
    },
    /** Participants as one report gave them, hosts first. */
    get mentionParticipants() {
      return once("mentionParticipants", () => new DataLoader<number, MeetingMentionParticipant[]>(async (ids) => {
        const rows = await p.meetingMentionParticipant.findMany({ where: { mentionId: { in: [...ids] } }, orderBy: [{ mentionId: "asc" }, { officialId: "asc" }] });
        const m = groupBy(rows, (r) => r.mentionId);
        return ids.map((id) => (m.get(id) ?? []).sort((a, b) => (ROLE_RANK[a.role] ?? 9) - (ROLE_RANK[b.role] ?? 9) || a.officialId - b.officialId));
      }));
    },
    get meetingProposals() {
      return once("meetingProposals", () => manyBy(
        (ids) => p.proposal.findMany({ where: { meetingId: { in: ids } }, orderBy: [{ ordinal: "asc" }] }),
        (r) => r.meetingId!,
      ));
    },
    /** What came of each proposal (facts/follow-ups.ts): best score first, then agreements before meetings, then row. */
    get proposalFollowUps() {
      return once("proposalFollowUps", () => manyBy(
        (ids) => p.proposalFollowUp.findMany({ where: { proposalId: { in: ids } }, orderBy: [{ score: "desc" }, { kind: "asc" }, { id: "asc" }] }),
        (r) => r.proposalId,
      ));
    },
    get proposalTopics() {
      return once("proposalTopics", () => new DataLoader<number, Topic[]>(async (ids) => {
        const links = await p.proposalTopic.findMany({ where: { proposalId: { in: [...ids] } } });
        const topics = links.length ? await rowsById("Topic", links.map((l) => l.topicId)) : new Map<number, Topic>();
        const m = groupBy(links, (l) => l.proposalId);
        return ids.map((id) => (m.get(id) ?? []).map((l) => topics.get(l.topicId)!).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name)));
      }));
    },
    get documentTopics() {
      return once("documentTopics", () => new DataLoader<number, Topic[]>(async (ids) => {
        const links = await p.documentTopic.findMany({ where: { documentId: { in: [...ids] } } });
        const topics = links.length ? await rowsById("Topic", links.map((l) => l.topicId)) : new Map<number, Topic>();
        const m = groupBy(links, (l) => l.documentId);
        return ids.map((id) => (m.get(id) ?? []).map((l) => topics.get(l.topicId)!).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name)));
      }));
    },
    /** An instrument's parties: the union over its reports, one row per name. */
    get agreementParties() {
      return once("agreementParties", () => new DataLoader<number, AgreementParty[]>(async (ids) => {
        const rows = await p.agreementParty.findMany({ where: { agreementId: { in: [...ids] } }, orderBy: [{ id: "asc" }] });
        const m = groupBy(rows, (r) => r.agreementId!);
        return ids.map((id) => {
          const seen = new Set<string>();
          return (m.get(id) ?? []).filter((r) => !seen.has(r.name) && !!seen.add(r.name));
        });
      }));
    },
    /** One report's parties to an instrument, as that report named them. */
    get mentionParties() {
      return once("mentionParties", () => new DataLoader<number, AgreementParty[]>(async (ids) => {
        const rows = await p.agreementParty.findMany({ where: { mentionId: { in: [...ids] } }, orderBy: [{ id: "asc" }] });
        const m = groupBy(rows, (r) => r.mentionId);
        return ids.map((id) => m.get(id) ?? []);
      }));
    },
    /** An instrument's history: each report's mention by report date, then status order, then key. */
    get agreementHistory() {
      return once("agreementHistory", () => new DataLoader<number, AgreementMention[]>(async (ids) => {
        const rows = await p.agreementMention.findMany({ where: { agreementId: { in: [...ids] } }, include: { document: { select: { contentHash: true } } } });
        const order = ["proposed", "under_negotiation", "signed", "in_force"];
        const key = (r: (typeof rows)[number]) => `${r.document.contentHash}/${r.ordinal}`;
        rows.sort((a, b) => a.date.getTime() - b.date.getTime() || order.indexOf(a.status) - order.indexOf(b.status) || (key(a) < key(b) ? -1 : 1));
        const m = groupBy(rows, (r) => r.agreementId!);
        return ids.map((id) => (m.get(id) ?? []).map(({ document: _, ...row }) => row));
      }));
    },
    /** The meeting events a document tells, in the order of its mentions. */
    get documentMeetings() {
      return once("documentMeetings", () => new DataLoader<number, Meeting[]>(async (ids) => {
        const rows = await p.meetingMention.findMany({ where: { documentId: { in: [...ids] }, meetingId: { not: null } }, orderBy: [{ documentId: "asc" }, { ordinal: "asc" }], include: { meeting: true } });
        const m = groupBy(rows, (r) => r.documentId);
        return ids.map((id) => {
          const seen = new Set<number>();
          return (m.get(id) ?? []).flatMap((r) => (r.meeting && !seen.has(r.meeting.id) && seen.add(r.meeting.id) ? [r.meeting] : []));
        });
      }));
    },
    get documentProposals() {
      return once("documentProposals", () => manyBy((ids) => p.proposal.findMany({ where: { documentId: { in: ids } }, orderBy: [{ ordinal: "asc" }] }), (r) => r.documentId));
    },
    /** The instruments a document tells, in the order of its mentions. */
    get documentAgreements() {
      return once("documentAgreements", () => new DataLoader<number, Agreement[]>(async (ids) => {
        const rows = await p.agreementMention.findMany({ where: { documentId: { in: [...ids] }, agreementId: { not: null } }, orderBy: [{ documentId: "asc" }, { ordinal: "asc" }], include: { agreement: true } });
        const m = groupBy(rows, (r) => r.documentId);
        return ids.map((id) => {
          const seen = new Set<number>();
          return (m.get(id) ?? []).flatMap((r) => (r.agreement && !seen.has(r.agreement.id) && seen.add(r.agreement.id) ? [r.agreement] : []));
        });
      }));
    },
    get documentTargets() {
      return once("documentTargets", () => manyBy((ids) => p.target.findMany({ where: { documentId: { in: ids } }, orderBy: [{ ordinal: "asc" }] }), (r) => r.documentId));
    },
    get documentPositions() {
      return once("documentPositions", () => manyBy((ids) => p.position.findMany({ where: { documentId: { in: ids } }, orderBy: [{ id: "asc" }] }), (r) => r.documentId));
    },
    /** Officials a document evidences, by name. */
    get documentOfficials() {
      return once("documentOfficials", () => new DataLoader<number, Official[]>(async (ids) => {
        const links = await p.evidence.findMany({
          where: { documentId: { in: [...ids] }, officialId: { not: null } },
          select: { documentId: true, officialId: true },
          distinct: ["documentId", "officialId"],
        });
        const rows = links.length ? await rowsById("Official", links.map((l) => l.officialId!)) : new Map<number, Official>();
        const m = groupBy(links, (l) => l.documentId);
        return ids.map((id) => (m.get(id) ?? []).map((l) => rows.get(l.officialId!)!).filter(Boolean).sort((a, b) => a.searchName.localeCompare(b.searchName)));
      }));
    },
    /** Countries a document involves: of the officials and organisations it evidences, and of its agreements' parties; by name. */
    get documentCountries() {
      return once("documentCountries", () => new DataLoader<number, Country[]>(async (ids) => {
        const docIds = [...ids];
        const links = await p.$queryRaw<{ doc: number | bigint; country: number | bigint }[]>(sql`
          SELECT DISTINCT x.doc AS doc, x.country AS country FROM (
            SELECT e."documentId" AS doc, o."countryId" AS country FROM "Evidence" e JOIN "Official" o ON o.id = e."officialId" WHERE e."documentId" IN (${inList(docIds)})
            UNION SELECT e."documentId" AS doc, g."countryId" AS country FROM "Evidence" e JOIN "Organization" g ON g.id = e."organizationId" WHERE e."documentId" IN (${inList(docIds)})
            UNION SELECT a."documentId" AS doc, ap."countryId" AS country FROM "AgreementParty" ap JOIN "AgreementMention" a ON a.id = ap."mentionId" WHERE a."documentId" IN (${inList(docIds)})
          ) x WHERE x.country IS NOT NULL`);
        const pairs = links.map((l) => ({ doc: Number(l.doc), country: Number(l.country) }));
        const rows = pairs.length ? await rowsById("Country", pairs.map((l) => l.country)) : new Map<number, Country>();
        const m = groupBy(pairs, (l) => l.doc);
        return ids.map((id) => (m.get(id) ?? []).map((l) => rows.get(l.country)!).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name)));
      }));
    },
    /** Organisations a document evidences, by name. */
    get documentOrganizations() {
      return once("documentOrganizations", () => new DataLoader<number, Organization[]>(async (ids) => {
        const links = await p.evidence.findMany({
          where: { documentId: { in: [...ids] }, organizationId: { not: null } },
          select: { documentId: true, organizationId: true },
          distinct: ["documentId", "organizationId"],
        });
        const rows = links.length ? await rowsById("Organization", links.map((l) => l.organizationId!)) : new Map<number, Organization>();
        const m = groupBy(links, (l) => l.documentId);
        return ids.map((id) => (m.get(id) ?? []).map((l) => rows.get(l.organizationId!)!).filter(Boolean).sort((a, b) => a.key.localeCompare(b.key)));
      }));
    },
  };
}

export type PositionLoaders = ReturnType<typeof createPositionLoaders>;

/** The loaders of one request: one set per query position. */
export function createLoaders(db: Database) {
  const positions = new Map<string, PositionLoaders>();
  return {
    db,
    /** The loaders for a query position (a field path without list indices). */
    at(position: string): PositionLoaders {
      let loaders = positions.get(position);
      if (!loaders) {
        loaders = createPositionLoaders(db);
        positions.set(position, loaders);
      }
      return loaders;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
