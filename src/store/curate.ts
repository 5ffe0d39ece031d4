// Curator decisions: a person's word on what resolution got wrong. `join` makes two or more events
// (meetings, or agreements) one; `split` takes some mentions out of their event. A decision is
// stored by the mentions' natural keys (document content hash and ordinal, facts/decisions.ts),
// and resolution consults it whenever it re-clusters those mentions, so it survives re-extraction,
// deleting and re-ingesting a report, and export/import. Undoing it re-resolves by the rules alone.
import type { Db, Tx } from "./db.ts";
import { resolveAgreements } from "./facts/agreements.ts";
import { anchorsOf, decisionsAround, decisionsById, type Anchor, type CuratedKind, type CuratorAction } from "./facts/decisions.ts";
import { refreshFollowUps } from "./facts/follow-ups.ts";
import { resolveMeetings } from "./facts/meetings.ts";
import { withRetry } from "./retry.ts";
import { Sql } from "./sql.ts";

export type { CuratedKind, CuratorAction } from "./facts/decisions.ts";

/** Bad input to a curation: `code` says whether something named does not exist or the request cannot be done. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "BAD_INPUT",
  ) {
    super(message);
    this.name = "CurationError";
  }
}

export interface DecisionMentionView {
  /** `<document content hash>/<ordinal>`: the mention as it was numbered when the decision was made. */
  key: string;
  side: number;
  /** What recognises it when its document is numbered otherwise (facts/decisions.ts); absent when unknown. */
  anchor?: Anchor;
}

export interface DecisionView {
  id: number;
  action: CuratorAction;
  kind: CuratedKind;
  createdAt: Date;
  note: string | null;
  mentions: DecisionMentionView[];
}

export interface EventRef {
  kind: CuratedKind;
  id: number;
}

const KIND_WORD: Record<CuratedKind, string> = { meeting: "meeting", agreement: "agreement" };
const MENTIONS: Record<CuratedKind, { table: string; event: string }> = {
  meeting: { table: "MeetingMention", event: "meetingId" },
  agreement: { table: "AgreementMention", event: "agreementId" },
};
const KEY = /^([0-9a-f]{64})\/(\d+)$/;

interface MentionRow {
  id: number;
  key: string;
  eventId: number;
}

async function mentionsOfEvents(sql: Sql, kind: CuratedKind, eventIds: number[]): Promise<MentionRow[]> {
  const { table, event } = MENTIONS[kind];
  const rows = await sql.rows<{ id: number; contentHash: string; ordinal: number; eventId: number }>(
    `SELECT m."id", d."contentHash", m."ordinal", m."${event}" AS "eventId" FROM "${table}" m JOIN "Document" d ON d."id" = m."documentId" WHERE m."${event}" IN (${eventIds.map(() => "?").join(", ")})`,
    eventIds,
  );
  return rows.map((r) => ({ id: r.id, key: `${r.contentHash}/${r.ordinal}`, eventId: r.eventId })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * Re-resolves the events and instruments around these mentions (and these events), and the
 * follow-ups of everything that moved.
 */
async function reresolve(sql: Sql, kind: CuratedKind, mentionIds: number[], eventIds: number[]): Promise<void> {
  if (kind === "meeting") {
    const resolved = await resolveMeetings(sql, mentionIds, eventIds);
    await refreshFollowUps(sql, { meetings: [...new Set([...resolved.values()])] });
    return;
  }
  const ids = [...new Set(mentionIds)];
  const titles = ids.length
    ? (await sql.rows<{ titleKey: string }>(`SELECT DISTINCT "titleKey" FROM "AgreementMention" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids)).map((r) => r.titleKey)
    : [];
  const resolved = await resolveAgreements(sql, titles);
  await refreshFollowUps(sql, { agreements: [...new Set([...resolved.values()])] });
}

/**
 * Stores a decision. Each member records what identifies its mention beyond the ordinal: given
 * (from an export), else read from the mention stored now under its key.
 */
async function insertDecision(sql: Sql, action: CuratorAction, kind: CuratedKind, members: DecisionMentionView[], note: string | null, createdAt = new Date()): Promise<number> {
  const [{ id }] = await sql.insert<{ id: number }>("CuratorDecision", ["action", "kind", "createdAt", "note"], [[action, kind, createdAt, note]], ["id"]);
  const stored = await anchorsOf(sql, kind, members.filter((m) => !m.anchor).map((m) => m.key));
  await sql.insert(
    "CuratorDecisionMention",
    ["decisionId", "side", "documentHash", "ordinal", "spanStart", "spanEnd", "fingerprint"],
    members.map((m) => {
      const [, hash, ordinal] = KEY.exec(m.key)!;
      const anchor = m.anchor ?? stored.get(m.key);
      return [id, m.side, hash, Number(ordinal), anchor?.spanStart ?? null, anchor?.spanEnd ?? null, anchor?.fingerprint ?? null];
    }),
  );
  return id;
}

/** A decision of the other action that ties these sides the other way, or null. */
async function contradiction(sql: Sql, kind: CuratedKind, action: CuratorAction, sides: string[][]): Promise<number | null> {
  const all = sides.flat();
  const decisions = await decisionsAround(sql, kind, all.map((k) => k.slice(0, k.indexOf("/"))));
  const sideOf = new Map(sides.flatMap((s, i) => s.map((k) => [k, i] as [string, number])));
  for (const d of decisions) {
    if (d.action === action) continue;
    for (const a of d.members) for (const b of d.members) {
      if (!sideOf.has(a.key) || !sideOf.has(b.key) || sideOf.get(a.key) === sideOf.get(b.key)) continue;
      // A split keeping apart what is to be joined (across its sides), or a join holding together
      // (whatever its sides) what is to be split.
      if (d.action === "join" || a.side !== b.side) return d.id;
    }
  }
  return null;
}

/** The mention rows a decision names now (decisions.ts `matchMember`), with their events. */
async function storedMentions(sql: Sql, kind: CuratedKind, decisionId: number): Promise<{ id: number; eventId: number | null }[]> {
  const { table, event } = MENTIONS[kind];
  const ids = (await decisionsById(sql, kind, [decisionId])).flatMap((d) => d.members.flatMap((m) => (m.mentionId === null ? [] : [m.mentionId])));
  if (!ids.length) return [];
  return sql.rows<{ id: number; eventId: number | null }>(`SELECT "id", "${event}" AS "eventId" FROM "${table}" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids);
}

function transaction<T>(db: Db, run: (sql: Sql) => Promise<T>): Promise<T> {
  return withRetry(() => db.$transaction((tx) => run(new Sql(tx as Tx)), { maxWait: 30_000, timeout: 120_000 }));
}

/** Makes two or more events of one kind one event. Returns the decision. */
export async function joinEvents(db: Db, events: EventRef[], note: string | null = null): Promise<DecisionView> {
  const unique = [...new Map(events.map((e) => [`${e.kind}:${e.id}`, e])).values()];
  if (unique.length < 2) throw new CurationError("join needs two or more different events", "BAD_INPUT");
  const kinds = new Set(unique.map((e) => e.kind));
  if (kinds.size > 1) throw new CurationError("cannot join a meeting with an agreement: a join makes events of one kind one", "BAD_INPUT");
  const kind = unique[0].kind;
  return transaction(db, async (sql) => {
    const mentions = await mentionsOfEvents(sql, kind, unique.map((e) => e.id));
    const missing = unique.filter((e) => !mentions.some((m) => m.eventId === e.id));
    if (missing.length) throw new CurationError(`no ${KIND_WORD[kind]} ${missing.map((e) => e.id).join(", ")}`, "NOT_FOUND");
    const sides = unique.map((e) => mentions.filter((m) => m.eventId === e.id).map((m) => m.key));
    const against = await contradiction(sql, kind, "join", sides);
    if (against !== null) throw new CurationError(`decision ${against} keeps these ${KIND_WORD[kind]}s apart: undo it first`, "BAD_INPUT");
    const members = sides.flatMap((keys, side) => keys.map((key) => ({ key, side })));
    const id = await insertDecision(sql, "join", kind, members, note);
    await reresolve(sql, kind, mentions.map((m) => m.id), unique.map((e) => e.id));
    return (await decisionViews(sql, [id]))[0];
  });
}

/** Takes these mentions (natural keys) out of their event; the rest of the event stays together. */
export async function splitMentions(db: Db, kind: CuratedKind, keys: string[], note: string | null = null): Promise<DecisionView> {
  const unique = [...new Set(keys)];
  if (!unique.length) throw new CurationError("split needs the mentions to take out of their event", "BAD_INPUT");
  const bad = unique.filter((k) => !KEY.test(k));
  if (bad.length) throw new CurationError(`not a mention key (<document content hash>/<ordinal>): ${bad.join(", ")}`, "BAD_INPUT");
  return transaction(db, async (sql) => {
    const { table, event } = MENTIONS[kind];
    const found = await sql.rows<{ id: number; contentHash: string; ordinal: number; eventId: number | null }>(
      `SELECT m."id", d."contentHash", m."ordinal", m."${event}" AS "eventId" FROM "${table}" m JOIN "Document" d ON d."id" = m."documentId"
        WHERE ${unique.map(() => `(d."contentHash" = ? AND m."ordinal" = ?)`).join(" OR ")}`,
      unique.flatMap((k) => {
        const [, hash, ordinal] = KEY.exec(k)!;
        return [hash, Number(ordinal)];
      }),
    );
    const byKey = new Map(found.map((r) => [`${r.contentHash}/${r.ordinal}`, r]));
    const missing = unique.filter((k) => !byKey.has(k));
    if (missing.length) throw new CurationError(`no ${KIND_WORD[kind]} mention ${missing.join(", ")}`, "NOT_FOUND");
    const eventIds = [...new Set(found.map((r) => r.eventId))];
    if (eventIds.length > 1) throw new CurationError(`these mentions belong to different ${KIND_WORD[kind]}s (${eventIds.join(", ")}): split one event at a time`, "BAD_INPUT");
    const eventId = eventIds[0]!;
    const all = await mentionsOfEvents(sql, kind, [eventId]);
    if (all.length < 2) throw new CurationError(`${KIND_WORD[kind]} ${eventId} has one mention: there is nothing to split`, "BAD_INPUT");
    const rest = all.filter((m) => !byKey.has(m.key)).map((m) => m.key);
    if (!rest.length) throw new CurationError(`these are all ${all.length} mentions of ${KIND_WORD[kind]} ${eventId}: name only those to take out`, "BAD_INPUT");
    const against = await contradiction(sql, kind, "split", [unique, rest]);
    if (against !== null) throw new CurationError(`decision ${against} joined these mentions: undo it first`, "BAD_INPUT");
    const id = await insertDecision(sql, "split", kind, [...unique.sort().map((key) => ({ key, side: 0 })), ...rest.map((key) => ({ key, side: 1 }))], note);
    await reresolve(sql, kind, all.map((m) => m.id), [eventId]);
    return (await decisionViews(sql, [id]))[0];
  });
}

/** Removes a decision; its mentions are resolved again by the rules alone. */
export async function undoDecision(db: Db, id: number): Promise<DecisionView> {
  return transaction(db, async (sql) => {
    const [view] = await decisionViews(sql, [id]);
    if (!view) throw new CurationError(`no curator decision ${id}`, "NOT_FOUND");
    const current = await storedMentions(sql, view.kind, id);
    await sql.exec(`DELETE FROM "CuratorDecision" WHERE "id" = ?`, [id]);
    await reresolve(sql, view.kind, current.map((m) => m.id), [...new Set(current.map((m) => m.eventId).filter((e): e is number => e !== null))]);
    return view;
  });
}

/**
 * Stores decisions read from an export (skipping any the database already holds, the same action,
 * kind and mentions) and re-resolves the mentions already stored that they name. Documents imported
 * later are resolved with them by their own writes.
 */
export async function importDecisions(tx: Tx, decisions: Omit<DecisionView, "id">[]): Promise<number> {
  const sql = new Sql(tx);
  const existing = await decisionViews(sql, null);
  const signature = (d: Omit<DecisionView, "id">) =>
    JSON.stringify([d.action, d.kind, d.mentions.map((m) => [m.key, m.side]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || (a[1] as number) - (b[1] as number))]);
  const known = new Set(existing.map(signature));
  let added = 0;
  for (const d of decisions) {
    if (known.has(signature(d))) continue;
    known.add(signature(d));
    const id = await insertDecision(sql, d.action, d.kind, d.mentions, d.note, d.createdAt);
    const current = await storedMentions(sql, d.kind, id);
    if (current.length) await reresolve(sql, d.kind, current.map((m) => m.id), []);
    added++;
  }
  return added;
}

/** Decisions (all with `ids` null), oldest first, each with its mentions by side and key. */
export async function decisionViews(sql: Sql, ids: number[] | null): Promise<DecisionView[]> {
  if (ids && !ids.length) return [];
  const where = ids ? `WHERE d."id" IN (${ids.map(() => "?").join(", ")})` : "";
  const rows = await sql.rows<{
    id: number;
    action: CuratorAction;
    kind: CuratedKind;
    createdAt: string | Date;
    note: string | null;
    side: number | null;
    documentHash: string | null;
    ordinal: number | null;
    spanStart: number | null;
    spanEnd: number | null;
    fingerprint: string | null;
  }>(
    `SELECT d."id", d."action", d."kind", d."createdAt", d."note", c."side", c."documentHash", c."ordinal", c."spanStart", c."spanEnd", c."fingerprint"
       FROM "CuratorDecision" d LEFT JOIN "CuratorDecisionMention" c ON c."decisionId" = d."id" ${where}
      ORDER BY d."id", c."side", c."documentHash", c."ordinal"`,
    ids ?? [],
  );
  const out = new Map<number, DecisionView>();
  for (const r of rows) {
    const v = out.get(r.id) ?? out.set(r.id, { id: r.id, action: r.action, kind: r.kind, createdAt: new Date(r.createdAt), note: r.note, mentions: [] }).get(r.id)!;
    if (r.documentHash === null) continue;
    const known = r.spanStart !== null || r.fingerprint !== null;
    v.mentions.push({ key: `${r.documentHash}/${r.ordinal}`, side: r.side!, ...(known && { anchor: { spanStart: r.spanStart, spanEnd: r.spanEnd, fingerprint: r.fingerprint } }) });
  }
  return [...out.values()];
}

/** Every decision, oldest first. */
export async function listDecisions(db: Db): Promise<DecisionView[]> {
  return db.$transaction((tx) => decisionViews(new Sql(tx as Tx), null));
}
