// Meetings: each meeting a document reports is a mention (MeetingMention); mentions that tell the
// same encounter resolve to one Meeting event. This module owns the whole fact kind: writing
// mentions, resolving them into events, the orphan rule (an event lives while one mention
// remains), and its export line with the reading and checking of that line on import. Ingest and
// import both write through the one document writer (../write.ts), which calls
// `writeMeetingMentionsLoaded` and `resolveMeetings`.
//
// Resolution is deterministic and independent of ingest order: after every write, the mentions
// connected to the changed ones (sharing an official within overlapping dates, transitively) are
// clustered again from scratch, in natural-key order, with complete linkage (every pair of mentions
// in an event must tell the same encounter, so a month-precision mention cannot chain two different
// days together). An event is named by the smallest key of its mentions; row IDs stay with the
// event that keeps most of their mentions.
import { readFileSync } from "node:fs";
import type { Tx } from "../db.ts";
import { periodOf } from "../dates.ts";
import { foldText } from "../keys.ts";
import { Sql } from "../sql.ts";
import { byString, ids, isoOrNull, type CheckRef, type EvidenceLine, type EvidenceSpans, type FieldKind, type FileNodes, type NodeIds } from "../lines.ts";
import { lockOfficialsAhead, ResolutionLocks } from "./locks.ts";
import { anyDecision, clusterCurated, CURATOR_JOIN, CURATOR_SPLIT, decisionsAround, hashesOf, joinedOutside, spanOf, type Decision } from "./decisions.ts";
import { defineFactKind } from "./kind.ts";

const KINDS = JSON.parse(readFileSync(new URL("./data/meeting-kinds.json", import.meta.url), "utf8")) as {
  modes: Record<string, string>;
  generic: string[];
};
const GENERIC = new Set(KINDS.generic);

/** Why a mention belongs to its event. */
export type MeetingRule = "key" | "shared_officials" | "official_kind_place" | typeof CURATOR_JOIN | typeof CURATOR_SPLIT;

export interface MeetingMentionInput {
  ordinal: number;
  kind: string;
  status: string;
  /** As reported: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null;
  /** The days (YYYY-MM-DD, inclusive) a rough date covers when fewer than `date` says ("last week"): what it matches by. */
  period?: { start: string; end: string } | null;
  location: string | null;
  participants: { officialId: number; role: string }[];
  /** The text its evidence covers (decisions.ts `spanOf`). */
  span: { start: number; end: number } | null;
}

/** What the writer of a document knows that a loaded mention carries: for resolving it without reading it back. */
export interface MentionContext {
  contentHash: string;
  /** officialId -> the official's key, for every participant */
  officialKeys: Map<number, string>;
}

/**
 * Inserts one document's meeting mentions (not yet resolved) and returns their IDs by ordinal;
 * with `context` also returns them as `resolveMeetings` would load them, so resolution need not
 * read them back; and each mention's participants by ID (the proposals' counterparts).
 */
export async function writeMeetingMentionsLoaded(
  sql: Sql,
  documentId: number,
  documentDate: string,
  mentions: MeetingMentionInput[],
  context: MentionContext | null,
): Promise<{ ids: number[]; loaded: Mention[]; participants: Map<number, number[]> }> {
  const ids: number[] = [];
  const loaded: Mention[] = [];
  const participantsOf = new Map<number, number[]>();
  if (!mentions.length) return { ids, loaded, participants: participantsOf };
  const periods = mentions.map((m) => (m.period ? { start: periodOf(m.period.start)!.start, end: periodOf(m.period.end)!.end } : (periodOf(m.date) ?? periodOf(documentDate)!)));
  const rows = await sql.insert<{ id: number; ordinal: number }>(
    "MeetingMention",
    ["documentId", "ordinal", "kind", "status", "date", "dateStart", "dateEnd", "location", "spanStart", "spanEnd"],
    mentions.map((m, i) => [documentId, m.ordinal, m.kind, m.status, m.date, periods[i].start, periods[i].end, m.location, m.span?.start ?? null, m.span?.end ?? null]),
    ["id", "ordinal"],
  );
  const byOrdinal = new Map(rows.map((r) => [r.ordinal, r.id]));
  const participants: (number | string | Date)[][] = [];
  mentions.forEach((m, i) => {
    const id = byOrdinal.get(m.ordinal)!;
    ids[m.ordinal] = id;
    const roles = new Map<number, string>();
    for (const p of m.participants) {
      if (roles.has(p.officialId)) continue;
      roles.set(p.officialId, p.role);
      participants.push([id, p.officialId, p.role, periods[i].start, periods[i].end]);
    }
    participantsOf.set(id, [...roles.keys()]);
    if (context) {
      loaded.push({
        id,
        key: `${context.contentHash}/${m.ordinal}`,
        documentId,
        ordinal: m.ordinal,
        kind: m.kind,
        status: m.status,
        date: m.date,
        start: periods[i].start.getTime(),
        end: periods[i].end.getTime(),
        location: m.location,
        place: m.location ? foldText(m.location) : null,
        meetingId: null,
        rule: "key", // the column's default
        participants: roles,
        names: new Map([...roles.keys()].map((officialId) => [officialId, nameTokens(context.officialKeys.get(officialId)!)])),
      });
    }
  });
  if (participants.length) await sql.insert("MeetingMentionParticipant", ["mentionId", "officialId", "role", "dateStart", "dateEnd"], participants);
  return { ids, loaded, participants: participantsOf };
}

const nameTokens = (officialKey: string) => officialKey.split(" ").filter((t) => t.length >= 2);

/** The events one document's mentions belong to: read before its mentions are deleted, resolved after. */
export async function eventsOfDocument(sql: Sql, documentId: number): Promise<number[]> {
  const rows = await sql.rows<{ meetingId: number }>(`SELECT DISTINCT "meetingId" FROM "MeetingMention" WHERE "documentId" = ? AND "meetingId" IS NOT NULL`, [documentId]);
  return rows.map((r) => r.meetingId);
}

export interface Mention {
  id: number;
  key: string;
  documentId: number;
  ordinal: number;
  kind: string;
  status: string;
  date: string | null;
  start: number;
  end: number;
  location: string | null;
  place: string | null;
  meetingId: number | null;
  rule: string;
  /** officialId -> role */
  participants: Map<number, string>;
  /** officialId -> name tokens of the official's key */
  names: Map<number, string[]>;
}

const DAY = 86_400_000;
/** The longest period a date names (a year): candidates start at most this long before a window. */
const LONGEST_PERIOD = 366 * DAY;

async function loadMentions(sql: Sql, ids: number[]): Promise<Mention[]> {
  if (!ids.length) return [];
  const list = ids.map(() => "?").join(", ");
  const rows = await sql.rows<{
    id: number;
    documentId: number;
    ordinal: number;
    kind: string;
    status: string;
    date: string | null;
    dateStart: string | Date;
    dateEnd: string | Date;
    location: string | null;
    meetingId: number | null;
    rule: string;
    contentHash: string;
  }>(
    `SELECT m."id", m."documentId", m."ordinal", m."kind", m."status", m."date", m."dateStart", m."dateEnd", m."location", m."meetingId", m."rule", d."contentHash"
       FROM "MeetingMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE m."id" IN (${list})`,
    ids,
  );
  const parts = await sql.rows<{ mentionId: number; officialId: number; role: string; key: string }>(
    `SELECT p."mentionId", p."officialId", p."role", o."nameKey" AS "key" FROM "MeetingMentionParticipant" p JOIN "Official" o ON o."id" = p."officialId" WHERE p."mentionId" IN (${list})`,
    ids,
  );
  const byMention = new Map<number, typeof parts>();
  for (const p of parts) (byMention.get(p.mentionId) ?? byMention.set(p.mentionId, []).get(p.mentionId)!).push(p);
  return rows.map((r) => {
    const ps = byMention.get(r.id) ?? [];
    return {
      id: r.id,
      key: `${r.contentHash}/${r.ordinal}`,
      documentId: r.documentId,
      ordinal: r.ordinal,
      kind: r.kind,
      status: r.status,
      date: r.date,
      start: new Date(r.dateStart).getTime(),
      end: new Date(r.dateEnd).getTime(),
      location: r.location,
      place: r.location ? foldText(r.location) : null,
      meetingId: r.meetingId,
      rule: r.rule,
      participants: new Map(ps.map((p) => [p.officialId, p.role])),
      names: new Map(ps.map((p) => [p.officialId, nameTokens(p.key)])),
    };
  });
}

const overlap = (a: Mention, b: Mention) => a.start <= b.end && b.start <= a.end;
const mode = (kind: string) => KINDS.modes[kind] ?? kind;

function shared(a: Mention, b: Mention): number {
  let n = 0;
  for (const id of a.participants.keys()) if (b.participants.has(id)) n++;
  return n;
}

/**
 * Whether two mentions tell the same encounter, and by which rule. Dates must agree to the coarser
 * precision and the kinds share a mode. Then either two officials in common, or one official plus
 * the same kind and place, provided the others named could be the same people under other name
 * forms (a name token in common): the same host the same day with another guest stays apart.
 */
export function sameEncounter(a: Mention, b: Mention): MeetingRule | null {
  if (!overlap(a, b) || mode(a.kind) !== mode(b.kind)) return null;
  const n = shared(a, b);
  if (n >= 2) return "shared_officials";
  if (n !== 1 || a.kind !== b.kind || !a.place || a.place !== b.place) return null;
  const others = (m: Mention, o: Mention) => [...m.participants.keys()].filter((id) => !o.participants.has(id));
  const [oa, ob] = [others(a, b), others(b, a)];
  const [small, large, smallM, largeM] = oa.length <= ob.length ? [oa, ob, a, b] : [ob, oa, b, a];
  const maybeSame = (x: number) => large.some((y) => smallM.names.get(x)!.some((t) => largeM.names.get(y)!.includes(t)));
  return small.every(maybeSame) ? "official_kind_place" : null;
}

const PRECISION = (date: string | null) => (date ? 3 - date.split("-").length : 3); // day 0, month 1, year 2, none 3

/**
 * Placement order: days first, then natural key. Clustering (decisions.ts, `clusterCurated`) is
 * complete linkage in this order: each mention joins the first event all of whose mentions it matches.
 */
const placement = (a: Mention, b: Mention) => PRECISION(a.date) - PRECISION(b.date) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const ROLE_ORDER = ["host", "guest", "participant"];

function mostFrequent(values: string[], prefer: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)): string | null {
  if (!values.length) return null;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || prefer(x[0], y[0]))[0][0];
}

interface EventRow {
  key: string;
  documentId: number;
  ordinal: number;
  kind: string;
  status: string;
  date: string | null;
  dateStart: Date | null;
  dateEnd: Date | null;
  location: string | null;
  participants: Map<number, string>;
  mentions: { id: number; rule: MeetingRule }[];
}

/** Why a mention is in its event: the rule it matches the key mention by, else the curator's word. */
function ruleOf(m: Mention, isHead: boolean, head: Mention, joined: boolean, splitOff: Set<string>): MeetingRule {
  if (isHead) return splitOff.has(m.key) ? CURATOR_SPLIT : "key";
  return sameEncounter(m, head) ?? (joined ? CURATOR_JOIN : "shared_officials");
}

/** The event a cluster describes: every attribute chosen by counts and fixed orders, never by arrival. */
function eventOf(c: Mention[], joined: boolean, splitOff: Set<string>): EventRow {
  const byKey = [...c].sort((a, b) => (a.key < b.key ? -1 : 1));
  const head = byKey[0];
  const specific = c.map((m) => m.kind).filter((k) => !GENERIC.has(k));
  const kind = mostFrequent(specific.length ? specific : c.map((m) => m.kind))!;
  const date = [...c.map((m) => m.date).filter((d): d is string => d !== null)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? null;
  const period = periodOf(date);
  const participants = new Map<number, string>();
  const roles = new Map<number, string[]>();
  for (const m of byKey) for (const [id, role] of m.participants) (roles.get(id) ?? roles.set(id, []).get(id)!).push(role);
  for (const [id, rs] of [...roles].sort((a, b) => a[0] - b[0])) {
    const named = rs.filter((r) => r !== "participant");
    participants.set(id, mostFrequent(named.length ? named : rs, (a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b) || (a < b ? -1 : 1))!);
  }
  return {
    key: head.key,
    documentId: head.documentId,
    ordinal: head.ordinal,
    kind,
    status: c.some((m) => m.status === "held") ? "held" : "planned",
    date,
    dateStart: period?.start ?? null,
    dateEnd: period?.end ?? null,
    location: mostFrequent(c.map((m) => m.location).filter((l): l is string => l !== null)),
    participants,
    mentions: byKey.map((m, i) => ({ id: m.id, rule: ruleOf(m, i === 0, head, joined, splitOff) })),
  };
}

export interface ResolveOptions {
  /** Seeds already in memory (from `writeMeetingMentionsLoaded`): not read back. */
  loaded?: Mention[];
  /**
   * Mentions whose evidence and proposals are not written yet: their writer sets `meetingId` from
   * the returned map, so they need no update afterwards.
   */
  unwritten?: Set<number>;
}

/**
 * Adds to `members` the mentions that could tell the same encounter as `start`, transitively.
 * Returns whether a curator's decision on meetings may exist (decisions.ts `anyDecision`, read
 * with the first candidates; true when nothing was read).
 */
async function expand(sql: Sql, start: Mention[], members: Map<number, Mention>): Promise<boolean> {
  let frontier = start;
  let curated: boolean | null = null;
  while (frontier.length) {
    const officials = [...new Set(frontier.flatMap((m) => [...m.participants.keys()]))];
    if (!officials.length) break;
    const from = Math.min(...frontier.map((m) => m.start));
    const to = Math.max(...frontier.map((m) => m.end));
    // Index range on (officialId, dateStart); a candidate needs two of these officials, or one and
    // the kind and place of a frontier mention.
    const candidates = await sql.rows<{ mentionId: number; shared: number; kind: string; location: string | null; curated: number }>(
      `SELECT p."mentionId", count(*) AS "shared", m."kind", m."location", ${anyDecision("meeting")} AS "curated"
         FROM "MeetingMentionParticipant" p JOIN "MeetingMention" m ON m."id" = p."mentionId"
        WHERE p."officialId" IN (${officials.map(() => "?").join(", ")}) AND p."dateStart" >= ? AND p."dateStart" <= ? AND p."dateEnd" >= ?
        GROUP BY p."mentionId", m."kind", m."location"`,
      [...officials, new Date(from - LONGEST_PERIOD), new Date(to), new Date(from)],
    );
    if (curated === null && candidates.length) curated = Number(candidates[0]!.curated) > 0;
    const places = new Set(frontier.filter((f) => f.place).map((f) => `${f.kind}\u0000${f.place}`));
    const fresh = candidates
      .filter((c) => !members.has(c.mentionId) && (Number(c.shared) >= 2 || (c.location !== null && places.has(`${c.kind}\u0000${foldText(c.location)}`))))
      .map((c) => c.mentionId);
    const loaded = await loadMentions(sql, fresh);
    const next = loaded.filter((m) => frontier.some((f) => sameEncounter(m, f) !== null));
    for (const m of next) members.set(m.id, m);
    frontier = next;
  }
  return curated ?? true;
}

/**
 * Re-resolves the events around changed mentions: `mentionIds` just written, `eventIds` whose
 * mentions changed (a document replaced or deleted). Events left without mentions are deleted.
 * Returns the event of every mention it resolved.
 */
export async function resolveMeetings(sql: Sql, mentionIds: number[], eventIds: number[] = [], options: ResolveOptions = {}): Promise<Map<number, number>> {
  const locks = new ResolutionLocks(sql, "meeting");
  // The seeds' officials first; then the officials of the whole neighbourhood, which is read again
  // whenever that brings a lock not held before (a writer may have changed it in between).
  let hood = await neighbourhood(sql, mentionIds, eventIds, options.loaded ?? [], (seeds) => locks.ids(officialsOf(seeds)));
  while (await locks.ids(officialsOf(hood.members.values()))) hood = await neighbourhood(sql, mentionIds, eventIds, options.loaded ?? []);
  const { members, decisions } = hood;

  const sorted = [...members.values()].sort(placement);
  const curated = clusterCurated(sorted, (a, b) => sameEncounter(a, b) !== null, decisions);
  const events = curated.clusters.map((c) => eventOf(c, curated.joined.has(c), curated.splitOff));
  const touched = new Set(eventIds);
  for (const m of members.values()) if (m.meetingId !== null) touched.add(m.meetingId);
  return writeEvents(sql, events, [...touched], members, options.unwritten ?? new Set());
}

const officialsOf = (mentions: Iterable<Mention>) => [...mentions].flatMap((m) => [...m.participants.keys()]);

/**
 * The mentions that could tell the same encounter as a seed, transitively, and the curator's
 * decisions about them. Only these can change event when the seeds change; the rest of the graph
 * stays as it is. `seeded` runs once the seeds are known, before their neighbours are read, and
 * says whether it took new locks.
 */
async function neighbourhood(
  sql: Sql,
  mentionIds: number[],
  eventIds: number[],
  loaded: Mention[],
  seeded?: (seeds: Mention[]) => Promise<boolean>,
): Promise<{ members: Map<number, Mention>; decisions: Decision[] }> {
  const seeds = new Set(mentionIds);
  if (eventIds.length) {
    const rows = await sql.rows<{ id: number }>(`SELECT "id" FROM "MeetingMention" WHERE "meetingId" IN (${eventIds.map(() => "?").join(", ")})`, eventIds);
    for (const r of rows) seeds.add(r.id);
  }
  const members = new Map<number, Mention>();
  const inMemory = loaded.filter((m) => seeds.has(m.id));
  const known = new Set(inMemory.map((m) => m.id));
  let frontier = [...inMemory, ...(await loadMentions(sql, [...seeds].filter((id) => !known.has(id))))];
  // Seeds read from the database before their locks were taken are read again under the locks.
  if (seeded && (await seeded(frontier)) && eventIds.length) return neighbourhood(sql, mentionIds, eventIds, loaded);
  let decisions: Decision[] = [];
  while (frontier.length) {
    for (const m of frontier) members.set(m.id, m);
    const curated = await expand(sql, frontier, members);
    // A curator's join brings the other events' mentions, and their neighbourhoods, along.
    decisions = curated ? await decisionsAround(sql, "meeting", hashesOf([...members.values()])) : [];
    frontier = await loadMentions(sql, joinedOutside(decisions, new Set(members.keys())));
  }
  return { members, decisions };
}

async function writeEvents(sql: Sql, events: EventRow[], touched: number[], members: Map<number, Mention>, unwritten: Set<number>): Promise<Map<number, number>> {
  const existing = touched.length
    ? await sql.rows<{ id: number; key: string; documentId: number; ordinal: number; kind: string; status: string; date: string | null; location: string | null }>(
        `SELECT "id", "key", "documentId", "ordinal", "kind", "status", "date", "location" FROM "Meeting" WHERE "id" IN (${touched.map(() => "?").join(", ")})`,
        touched,
      )
    : [];
  const old = new Map(existing.map((e) => [e.id, e]));
  // Each event keeps the row of the old event holding most of its mentions (ties: the older row).
  const rowOf = new Map<EventRow, number>();
  const taken = new Set<number>();
  for (const e of [...events].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const votes = new Map<number, number>();
    for (const m of e.mentions) {
      const id = members.get(m.id)!.meetingId;
      if (id !== null && old.has(id) && !taken.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best) {
      rowOf.set(e, best[0]);
      taken.add(best[0]);
    }
  }
  const gone = existing.filter((e) => !taken.has(e.id)).map((e) => e.id);
  if (gone.length) await sql.send(`DELETE FROM "Meeting" WHERE "id" IN (${gone.map(() => "?").join(", ")})`, gone);

  // Keys move between rows when events regroup: free them first so the unique index holds.
  const rekeyed = events.filter((e) => rowOf.has(e) && old.get(rowOf.get(e)!)!.key !== e.key).map((e) => rowOf.get(e)!);
  if (rekeyed.length) await sql.send(`UPDATE "Meeting" SET "key" = '#' || CAST("id" AS TEXT) WHERE "id" IN (${rekeyed.map(() => "?").join(", ")})`, rekeyed);
  for (const e of events) {
    const id = rowOf.get(e);
    if (id === undefined) continue;
    const o = old.get(id)!;
    if (o.key === e.key && o.documentId === e.documentId && o.ordinal === e.ordinal && o.kind === e.kind && o.status === e.status && o.date === e.date && o.location === e.location) continue;
    await sql.send(
      `UPDATE "Meeting" SET "key" = ?, "documentId" = ?, "ordinal" = ?, "kind" = ?, "status" = ?, "date" = ?, "dateStart" = ?, "dateEnd" = ?, "location" = ? WHERE "id" = ?`,
      [e.key, e.documentId, e.ordinal, e.kind, e.status, e.date, e.dateStart, e.dateEnd, e.location, id],
    );
  }
  const fresh = events.filter((e) => !rowOf.has(e));
  if (fresh.length) {
    const rows = await sql.insert<{ id: number; key: string }>(
      "Meeting",
      ["key", "documentId", "ordinal", "kind", "status", "date", "dateStart", "dateEnd", "location"],
      fresh.map((e) => [e.key, e.documentId, e.ordinal, e.kind, e.status, e.date, e.dateStart, e.dateEnd, e.location]),
      ["id", "key"],
    );
    const byKey = new Map(rows.map((r) => [r.key, r.id]));
    for (const e of fresh) rowOf.set(e, byKey.get(e.key)!);
  }

  // Participants: the union over the mentions, rewritten for the events of this neighbourhood.
  const eventIds = events.map((e) => rowOf.get(e)!);
  if (eventIds.length) {
    const kept = events.filter((e) => !fresh.includes(e)).map((e) => rowOf.get(e)!);
    if (kept.length) await sql.send(`DELETE FROM "MeetingParticipant" WHERE "meetingId" IN (${kept.map(() => "?").join(", ")})`, kept);
    const rows = events.flatMap((e) => [...e.participants].map(([officialId, role]) => [rowOf.get(e)!, officialId, role]));
    if (rows.length) await sql.insert("MeetingParticipant", ["meetingId", "officialId", "role"], rows);
  }

  // Mentions, and what hangs on them (their evidence, the proposals made there), follow their event.
  const moved: { id: number; meetingId: number; rule: MeetingRule }[] = [];
  for (const e of events) {
    for (const m of e.mentions) {
      const before = members.get(m.id)!;
      if (before.meetingId !== rowOf.get(e) || before.rule !== m.rule) moved.push({ id: m.id, meetingId: rowOf.get(e)!, rule: m.rule });
    }
  }
  if (moved.length) {
    const list = moved.map(() => "?").join(", ");
    const ids = moved.map((m) => m.id);
    await sql.send(
      `UPDATE "MeetingMention" SET "meetingId" = CASE "id" ${moved.map(() => "WHEN ? THEN CAST(? AS INTEGER)").join(" ")} END, "rule" = CASE "id" ${moved.map(() => "WHEN ? THEN ?").join(" ")} END WHERE "id" IN (${list})`,
      [...moved.flatMap((m) => [m.id, m.meetingId]), ...moved.flatMap((m) => [m.id, m.rule]), ...ids],
    );
    const written = ids.filter((id) => !unwritten.has(id));
    if (written.length) {
      for (const table of ["Evidence", "Proposal"]) {
        await sql.send(
          `UPDATE "${table}" SET "meetingId" = (SELECT mm."meetingId" FROM "MeetingMention" mm WHERE mm."id" = "${table}"."meetingMentionId") WHERE "meetingMentionId" IN (${written.map(() => "?").join(", ")})`,
          written,
        );
      }
    }
  }
  return new Map(events.flatMap((e) => e.mentions.map((m) => [m.id, rowOf.get(e)!] as [number, number])));
}

/** Orphan rule: an event without mentions is gone (resolution removes them; this is the safety net). */
export async function collectMeetingOrphans(tx: Tx): Promise<void> {
  await tx.meeting.deleteMany({ where: { mentions: { none: {} } } });
}

// --- Export and import lines -------------------------------------------------------------------

/** A meeting mention as the writer takes it: its evidence gives its span. */
export type MeetingFact = Omit<MeetingMentionInput, "span"> & { evidence: EvidenceSpans };

export interface MeetingLine {
  type: "meeting";
  id: string;
  document: string;
  ordinal: number;
  kind: string;
  status: string;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  location: string | null;
  participants: { official: string; role: string }[];
  evidence: EvidenceLine[];
  /** The event this mention resolved to (its key) and the rule that joined it; import re-resolves. */
  event?: string | null;
  rule?: string;
}

export const MEETING_FIELDS: Record<string, FieldKind> = {
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
};

export interface MeetingMentionRow {
  id: number;
  ordinal: number;
  kind: string;
  status: string;
  date: string | null;
  dateStart: Date | null;
  dateEnd: Date | null;
  location: string | null;
  rule: string;
  participants: { officialId: number; role: string }[];
  meeting: { key: string } | null;
}

/** One document's meeting lines, in ordinal order. */
export function meetingLines(hash: string, mentions: MeetingMentionRow[], refs: { official: (id: number) => string; evidence: (owner: string) => EvidenceLine[] }): MeetingLine[] {
  return mentions.map((m) => ({
    type: "meeting",
    id: ids.fact("meeting", hash, m.ordinal),
    document: ids.document(hash),
    ordinal: m.ordinal,
    kind: m.kind,
    status: m.status,
    date: m.date,
    dateStart: isoOrNull(m.dateStart),
    dateEnd: isoOrNull(m.dateEnd),
    location: m.location,
    participants: m.participants.map((p) => ({ official: refs.official(p.officialId), role: p.role })).sort(byString((p) => p.official)),
    evidence: refs.evidence(`meeting#${m.id}`),
    event: m.meeting ? `event:${m.meeting.key}` : null,
    rule: m.rule,
  }));
}

/** Records what is wrong with a meeting line's references. */
export function checkMeetingLine(f: MeetingLine, check: CheckRef, nodes: FileNodes): void {
  for (const p of f.participants) check("meeting.participants", p.official, nodes.officials);
}

/** The nodes a meeting line refers to. */
export const meetingLineRefs = (f: MeetingLine): string[] => f.participants.map((p) => p.official);

/** A meeting line as the writer takes it; its event is resolved again where it is written. */
export function meetingFromLine(f: MeetingLine, nodes: NodeIds): MeetingFact {
  return {
    ordinal: f.ordinal,
    kind: f.kind,
    status: f.status,
    date: f.date,
    // The days the mention matches by, as exported ("last week" is a week, not its month).
    period: f.dateStart && f.dateEnd ? { start: f.dateStart.slice(0, 10), end: f.dateEnd.slice(0, 10) } : null,
    location: f.location,
    participants: f.participants.map((p) => ({ officialId: nodes.officials.get(p.official)!, role: p.role })),
    evidence: f.evidence,
  };
}

// --- The fact kind, as the registry (registry.ts) gives it to every place that iterates kinds -----

export const meetingKind = defineFactKind<"meetings", MeetingFact, MeetingLine>({
  key: "meetings",
  line: "meeting",
  evidenceColumn: "meetingMentionId",
  resolvedColumn: "meetingId",
  inProgress: true,
  // Resolution locks the participants of the document's mentions first (the events it touched are read then).
  lockAhead: (sql, facts: MeetingFact[]) => lockOfficialsAhead(sql, facts.flatMap((m) => m.participants.map((p) => p.officialId))),
  // This document's mentions, resolved into events with those the document touched.
  async write(ctx, facts: MeetingFact[]) {
    const written = await writeMeetingMentionsLoaded(
      ctx.sql,
      ctx.documentId,
      ctx.date,
      facts.map((m) => ({ ...m, span: spanOf(m.evidence) })),
      ctx.known ? { contentHash: ctx.contentHash, officialKeys: ctx.known.officialKeys } : null,
    );
    const fresh = written.ids.filter((id) => id !== undefined);
    const options = ctx.known ? { loaded: written.loaded, unwritten: new Set(fresh) } : { unwritten: new Set(fresh) };
    const eventOf = new Map<number, number>();
    for (const [mention, event] of await resolveMeetings(ctx.sql, fresh, ctx.touched.events, options)) eventOf.set(mention, event);
    for (const m of facts) ctx.evidence(m.evidence, written.ids[m.ordinal], eventOf.get(written.ids[m.ordinal]) ?? null);
    ctx.meetings = { ids: written.ids, eventOf, loaded: written.loaded, participants: written.participants };
    ctx.followUps.meetings.push(...eventOf.values());
  },
  // Events are shared: only the document's mentions go; the caller re-resolves their events.
  clear: async (tx, documentId) => void (await tx.meetingMention.deleteMany({ where: { documentId } })),
  collectOrphans: collectMeetingOrphans,
  exportInclude: { meetingMentions: { orderBy: { ordinal: "asc" }, include: { participants: true, meeting: { select: { key: true } } } } },
  lines: (hash, d: { meetingMentions: MeetingMentionRow[] }, refs) => meetingLines(hash, d.meetingMentions, { official: (id) => refs.official(id)!, evidence: refs.evidence }),
  fields: MEETING_FIELDS,
  check: (f: MeetingLine, c) => checkMeetingLine(f, c.check, c.nodes),
  refs: meetingLineRefs,
  fromLine: (f, c) => meetingFromLine(f, c.nodes),
  fromExtracted: (doc, refs) =>
    doc.meetings.map((m, ordinal) => {
      const roleOf = new Map(m.roles.map((r) => [r.name, r.role]));
      const participants = m.participants.flatMap((name) => {
        const officialId = refs.official(name);
        return officialId == null ? [] : [{ officialId, role: roleOf.get(name) ?? "participant" }];
      });
      return { ordinal, kind: m.kind, status: m.status, date: m.date, period: m.period, location: m.location, participants, evidence: m.evidence };
    }),
  signatureSelect: { meetingMentions: { select: { kind: true, status: true, date: true, location: true, participants: { select: { role: true, official: { select: { key: true } } } } } } },
  signatures: (d: { meetingMentions: { kind: string; status: string; date: string | null; location: string | null; participants: { role: string; official: { key: string } }[] }[] }) =>
    d.meetingMentions.map((m) => JSON.stringify([m.kind, m.status, m.date, m.location, m.participants.map((p) => `${p.official.key}:${p.role}`).sort()])),
});
