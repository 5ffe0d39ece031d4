// Agreements: each agreement a report tells is a mention (AgreementMention, one step of a history:
// proposed, signed, in force ...); mentions of the same instrument resolve to one Agreement. This
// module owns the fact kind: writing mentions, resolving instruments, the orphan rule, and its export
// line with the reading and checking of that line on import (ingest and import both write through
// ../write.ts).
//
// Same instrument: the same kind and normalised title (data/instrument-titles.json), and parties
// that agree (the countries they name overlap, or one side names none). Like meetings, resolution
// re-clusters every mention sharing the changed mentions' titles from scratch in natural-key order,
// so the result does not depend on ingest order; an instrument is named by its smallest mention key.
import { readFileSync } from "node:fs";
import type { Tx } from "../db.ts";
import { lookupCountry } from "../../extraction/index.ts";
import { foldText } from "../keys.ts";
import { Sql } from "../sql.ts";
import { ids, iso, type CheckRef, type EvidenceLine, type EvidenceSpans, type FieldKind, type FileNodes, type NodeIds } from "../lines.ts";
import { lockTitlesAhead, ResolutionLocks } from "./locks.ts";
import { anyDecision, clusterCurated, CURATOR_JOIN, CURATOR_SPLIT, decisionsAround, hashesOf, joinedOutside, spanOf, type Decision } from "./decisions.ts";
import { defineFactKind } from "./kind.ts";

const TITLES = JSON.parse(readFileSync(new URL("./data/instrument-titles.json", import.meta.url), "utf8")) as {
  abbreviations: Record<string, string>;
  kindWords: string[];
  stopWords: string[];
  cutBefore: string[];
  placePrepositions: string[];
};
const DROP = new Set([...TITLES.kindWords, ...TITLES.stopWords]);
const CUT = new RegExp(`\\s(?:${TITLES.cutBefore.join("|")})\\s.*$`, "i");
const PLACE = new RegExp(`\\s(?:${TITLES.placePrepositions.join("|")})\\s+\\p{Lu}[\\p{L}\\s'’-]*$`, "u");

// The parties named before the topic: "between Japan and Indonesia on cooperation in X".
const PARTIES_BEFORE_TOPIC = /\sbetween\s.+?(?=\s(?:on|for|concerning|regarding)\s)/iu;
// A leading pair of parties: "Japan-Indonesia MoU on X" (their countries, checked below).
const PARTY_PAIR = /^(?:the\s+)?([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)\s*[-–]\s*(\p{Lu}[\p{L}.]*)(?:\s(\p{Lu}[\p{L}.]*))?\s+(?=\S)/u;
const TOPIC = /\s(?:on|for|concerning|regarding)\s/i;

/**
 * The identity of a title: its content words, sorted ("MoU on critical minerals cooperation in Hanoi" -> "critical minerals").
 * Who signs is not what the instrument is: the parties go, whether after "between" or as a leading
 * pair of countries before a title that names its topic ("Japan-Indonesia MoU on maritime safety").
 * A pair before a name without a topic is part of the name ("Vietnam-Korea Free Trade Agreement").
 */
export function titleKey(title: string): string {
  let t = title.replace(PARTIES_BEFORE_TOPIC, "");
  const pair = PARTY_PAIR.exec(t);
  if (pair && lookupCountry(pair[1])) {
    // The second party is one word or two ("Japan-Indonesia MoU", "Japan-New Zealand MoU").
    const second = pair[3] && lookupCountry(`${pair[2]} ${pair[3]}`) ? pair[0].length : lookupCountry(pair[2]) ? pair[0].length - (pair[3] ? pair[3].length + 1 : 0) : 0;
    if (second && TOPIC.test(t.slice(second))) t = t.slice(second).trimStart();
  }
  const cut = t.replace(CUT, "").replace(PLACE, "");
  const words = foldText(cut)
    .split(" ")
    .flatMap((w) => (TITLES.abbreviations[w] ?? w).split(" "))
    .filter((w) => w && !DROP.has(w));
  const key = [...new Set(words)].sort().join(" ");
  return key || foldText(title);
}

/** The content words of a title key that can be looked for in other text (follow-ups.ts). */
export function titleWords(key: string): string[] {
  return key.split(" ").filter((w) => w.length >= 3 && !DROP.has(w));
}

const STATUS_ORDER = ["proposed", "under_negotiation", "signed", "in_force"];

export interface AgreementMentionInput {
  ordinal: number;
  kind: string;
  title: string;
  status: string;
  proposerId: number | null;
  parties: { name: string; officialId: number | null; organizationId: number | null; countryId: number | null }[];
  /** The text its evidence covers (decisions.ts `spanOf`). */
  span: { start: number; end: number } | null;
}

/**
 * Inserts one document's agreement mentions (not yet resolved); returns their IDs by ordinal, their
 * title keys and the mentions it wrote no party for.
 */
export async function writeAgreementMentions(
  sql: Sql,
  documentId: number,
  date: Date,
  mentions: AgreementMentionInput[],
  keys = mentions.map((m) => titleKey(m.title)),
): Promise<{ ids: number[]; titleKeys: string[]; partyless: Set<number> }> {
  const ids: number[] = [];
  if (!mentions.length) return { ids, titleKeys: [], partyless: new Set() };
  const rows = await sql.insert<{ id: number; ordinal: number }>(
    "AgreementMention",
    ["documentId", "ordinal", "kind", "title", "titleKey", "status", "date", "proposerId", "spanStart", "spanEnd"],
    mentions.map((m, i) => [documentId, m.ordinal, m.kind, m.title, keys[i], m.status, date, m.proposerId, m.span?.start ?? null, m.span?.end ?? null]),
    ["id", "ordinal"],
  );
  for (const r of rows) ids[r.ordinal] = r.id;
  const parties = mentions.flatMap((m) => {
    const seen = new Set<string>();
    return m.parties.filter((p) => !seen.has(p.name) && seen.add(p.name)).map((p) => [ids[m.ordinal], p.name, p.officialId, p.organizationId, p.countryId]);
  });
  if (parties.length) await sql.insert("AgreementParty", ["mentionId", "name", "officialId", "organizationId", "countryId"], parties);
  const partyless = new Set(mentions.filter((m) => !m.parties.length).map((m) => ids[m.ordinal]!));
  return { ids, titleKeys: [...new Set(keys)], partyless };
}

/** The title keys of one document's mentions: read before they are deleted, resolved after. */
export async function titlesOfDocument(sql: Sql, documentId: number): Promise<string[]> {
  return (await sql.rows<{ titleKey: string }>(`SELECT DISTINCT "titleKey" FROM "AgreementMention" WHERE "documentId" = ?`, [documentId])).map((r) => r.titleKey);
}

interface Mention {
  id: number;
  key: string;
  documentId: number;
  ordinal: number;
  kind: string;
  title: string;
  titleKey: string;
  status: string;
  date: number;
  proposerId: number | null;
  agreementId: number | null;
  rule: string;
  countries: Set<number>;
}

/** Same instrument: kind and title key equal, and the countries the parties name overlap unless one side names none. */
function sameInstrument(a: Mention, b: Mention): boolean {
  if (a.kind !== b.kind || a.titleKey !== b.titleKey) return false;
  if (!a.countries.size || !b.countries.size) return true;
  for (const c of a.countries) if (b.countries.has(c)) return true;
  return false;
}

/** What `sameInstrument` reads of a mention: equal signatures compare alike. */
const instrumentSignature = (m: Mention) => `${m.kind}\u0000${m.titleKey}\u0000${[...m.countries].sort((a, b) => a - b).join(",")}`;

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
/** History order: report date, then the natural order of statuses, then key. */
const byHistory = (a: Mention, b: Mention) => a.date - b.date || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byKey(a, b);

type StoredAgreement = {
  id: number;
  key: string;
  documentId: number;
  ordinal: number;
  kind: string;
  title: string;
  status: string;
  signedOn: string | Date | null;
  proposerId: number | null;
  date: string | Date;
};

const time = (d: string | Date | null) => (d === null ? null : new Date(d).getTime());

/** Whether a stored instrument already has these attributes (then it needs no UPDATE). */
function unchanged(o: StoredAgreement, a: Omit<StoredAgreement, "id" | "signedOn" | "date"> & { signedOn: Date | null; date: Date }): boolean {
  return (
    o.key === a.key &&
    o.documentId === a.documentId &&
    o.ordinal === a.ordinal &&
    o.kind === a.kind &&
    o.title === a.title &&
    o.status === a.status &&
    time(o.signedOn) === time(a.signedOn) &&
    o.proposerId === a.proposerId &&
    time(o.date) === time(a.date)
  );
}

/**
 * Every mention with one of these title keys, with the countries its parties name; and whether a
 * curator's decision on agreements may exist (decisions.ts `anyDecision`; true when no mention).
 */
async function loadByTitle(sql: Sql, titleKeys: string[]): Promise<{ mentions: Mention[]; curated: boolean }> {
  const rows = await sql.rows<{
    id: number;
    documentId: number;
    ordinal: number;
    kind: string;
    title: string;
    titleKey: string;
    status: string;
    date: string | Date;
    proposerId: number | null;
    agreementId: number | null;
    rule: string;
    contentHash: string;
    curated: number;
  }>(
    `SELECT m."id", m."documentId", m."ordinal", m."kind", m."title", m."titleKey", m."status", m."date", m."proposerId", m."agreementId", m."rule", d."contentHash",
            ${anyDecision("agreement")} AS "curated"
       FROM "AgreementMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE m."titleKey" IN (${titleKeys.map(() => "?").join(", ")})`,
    titleKeys,
  );
  const parties = rows.length
    ? await sql.rows<{ mentionId: number; countryId: number | null }>(
        `SELECT "mentionId", "countryId" FROM "AgreementParty" WHERE "mentionId" IN (${rows.map(() => "?").join(", ")})`,
        rows.map((r) => r.id),
      )
    : [];
  const countries = new Map<number, Set<number>>();
  for (const p of parties) if (p.countryId !== null) (countries.get(p.mentionId) ?? countries.set(p.mentionId, new Set()).get(p.mentionId)!).add(p.countryId);
  const mentions = rows.map(({ curated: _, ...r }) => ({
    ...r,
    key: `${r.contentHash}/${r.ordinal}`,
    date: new Date(r.date).getTime(),
    countries: countries.get(r.id) ?? new Set<number>(),
  }));
  return { mentions, curated: !rows.length || Number(rows[0]!.curated) > 0 };
}

/**
 * Re-resolves every mention whose title key is among `titleKeys`; instruments left without mentions
 * are deleted. Returns the instrument of every mention it resolved. `unwritten`: mentions whose
 * evidence is not written yet (its writer sets `agreementId` from the returned map). `partyless`:
 * mentions known to have no party rows (this document's, as written).
 */
export async function resolveAgreements(
  sql: Sql,
  titleKeys: string[],
  unwritten: Set<number> = new Set(),
  locks = new ResolutionLocks(sql, "agreement"),
  partyless: ReadonlySet<number> = new Set(),
): Promise<Map<number, number>> {
  if (!titleKeys.length) return new Map();
  // A curator's join can tie instruments of different titles: their titles are resolved together.
  const keys = new Set(titleKeys);
  let mentions: Mention[] = [];
  let decisions: Decision[] = [];
  for (;;) {
    await locks.titles(keys);
    const loaded = await loadByTitle(sql, [...keys]);
    mentions = loaded.mentions;
    decisions = loaded.curated ? await decisionsAround(sql, "agreement", hashesOf(mentions)) : [];
    const outside = joinedOutside(decisions, new Set(mentions.map((m) => m.id)));
    if (!outside.length) break;
    const more = await sql.rows<{ titleKey: string }>(`SELECT DISTINCT "titleKey" FROM "AgreementMention" WHERE "id" IN (${outside.map(() => "?").join(", ")})`, outside);
    for (const r of more) keys.add(r.titleKey);
  }
  titleKeys = [...keys];
  const list = titleKeys.map(() => "?").join(", ");
  const curated = clusterCurated([...mentions].sort(byKey), sameInstrument, decisions, instrumentSignature);
  const clusters = curated.clusters;
  const old = new Set<number>();
  const existing = await sql.rows<StoredAgreement>(
    `SELECT "id", "key", "documentId", "ordinal", "kind", "title", "status", "signedOn", "proposerId", "date" FROM "Agreement" WHERE "id" IN (SELECT "agreementId" FROM "AgreementMention" WHERE "titleKey" IN (${list}))
        OR "key" IN (${clusters.length ? clusters.map(() => "?").join(", ") : "NULL"})`,
    [...titleKeys, ...clusters.map((c) => c[0].key)],
  );
  for (const e of existing) old.add(e.id);
  const stored = new Map(existing.map((e) => [e.id, e]));

  // Each instrument keeps the row holding most of its mentions (ties: the older row).
  const rowOf = new Map<Mention[], number>();
  const taken = new Set<number>();
  for (const c of clusters) {
    const votes = new Map<number, number>();
    for (const m of c) if (m.agreementId !== null && old.has(m.agreementId) && !taken.has(m.agreementId)) votes.set(m.agreementId, (votes.get(m.agreementId) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best) {
      rowOf.set(c, best[0]);
      taken.add(best[0]);
    }
  }
  const gone = [...old].filter((id) => !taken.has(id));
  if (gone.length) await sql.send(`DELETE FROM "Agreement" WHERE "id" IN (${gone.map(() => "?").join(", ")})`, gone);
  // Keys move between rows when instruments regroup: free them first so the unique index holds.
  const rekeyed = clusters.filter((c) => rowOf.has(c) && stored.get(rowOf.get(c)!)!.key !== c[0].key).map((c) => rowOf.get(c)!);
  if (rekeyed.length) await sql.send(`UPDATE "Agreement" SET "key" = '#' || CAST("id" AS TEXT) WHERE "id" IN (${rekeyed.map(() => "?").join(", ")})`, rekeyed);

  const attributes = (c: Mention[]) => {
    const head = c[0]; // the smallest key: clusters are built in key order
    const history = [...c].sort(byHistory);
    const latest = history[history.length - 1];
    const signed = history.find((m) => m.status === "signed");
    return {
      key: head.key,
      documentId: head.documentId,
      ordinal: head.ordinal,
      kind: head.kind,
      title: head.title,
      status: latest.status,
      signedOn: signed ? new Date(signed.date) : null,
      proposerId: history.find((m) => m.proposerId !== null)?.proposerId ?? null,
      date: new Date(latest.date),
    };
  };
  for (const c of clusters) {
    const id = rowOf.get(c);
    if (id === undefined) continue;
    const a = attributes(c);
    if (unchanged(stored.get(id)!, a)) continue;
    await sql.send(
      `UPDATE "Agreement" SET "key" = ?, "documentId" = ?, "ordinal" = ?, "kind" = ?, "title" = ?, "status" = ?, "signedOn" = ?, "proposerId" = ?, "date" = ? WHERE "id" = ?`,
      [a.key, a.documentId, a.ordinal, a.kind, a.title, a.status, a.signedOn, a.proposerId, a.date, id],
    );
  }
  const fresh = clusters.filter((c) => !rowOf.has(c));
  if (fresh.length) {
    const inserted = await sql.insert<{ id: number; key: string }>(
      "Agreement",
      ["key", "documentId", "ordinal", "kind", "title", "status", "signedOn", "proposerId", "date"],
      fresh.map((c) => Object.values(attributes(c))),
      ["id", "key"],
    );
    const ids = new Map(inserted.map((r) => [r.key, r.id]));
    for (const c of fresh) rowOf.set(c, ids.get(c[0].key)!);
  }

  // Mentions, their evidence and parties follow their instrument.
  const moved: { id: number; agreementId: number; rule: string }[] = [];
  for (const c of clusters) {
    c.forEach((m, i) => {
      const rule = i === 0 ? (curated.splitOff.has(m.key) ? CURATOR_SPLIT : "key") : sameInstrument(m, c[0]) || !curated.joined.has(c) ? "same_title" : CURATOR_JOIN;
      if (m.agreementId !== rowOf.get(c) || m.rule !== rule) moved.push({ id: m.id, agreementId: rowOf.get(c)!, rule });
    });
  }
  if (moved.length) {
    const ids = moved.map((m) => m.id);
    const idList = ids.map(() => "?").join(", ");
    await sql.send(
      `UPDATE "AgreementMention" SET "agreementId" = CASE "id" ${moved.map(() => "WHEN ? THEN CAST(? AS INTEGER)").join(" ")} END, "rule" = CASE "id" ${moved.map(() => "WHEN ? THEN ?").join(" ")} END WHERE "id" IN (${idList})`,
      [...moved.flatMap((m) => [m.id, m.agreementId]), ...moved.flatMap((m) => [m.id, m.rule]), ...ids],
    );
    const written = ids.filter((id) => !unwritten.has(id));
    if (written.length) {
      await sql.send(
        `UPDATE "Evidence" SET "agreementId" = (SELECT am."agreementId" FROM "AgreementMention" am WHERE am."id" = "Evidence"."agreementMentionId") WHERE "agreementMentionId" IN (${written.map(() => "?").join(", ")})`,
        written,
      );
    }
    await updateParties(sql, ids, partyless);
  }
  return new Map(clusters.flatMap((c) => c.map((m) => [m.id, rowOf.get(c)!] as [number, number])));
}

/** A new document's mention, as `joinKnown` needs it: not resolved yet, dated as written. */
type NewMention = Omit<Mention, "date" | "agreementId" | "rule"> & { date: Date };

const rank = (status: string) => STATUS_ORDER.indexOf(status);

/**
 * What `resolveAgreements` would do for a new document's mentions, without reading every mention
 * of their titles, in the case that covers nearly every report: no curator decision on any
 * agreement, at most one new mention per kind and title, and the other mentions of that kind and
 * title (all resolved) forming one instrument the new mention is the same as, or none. Clustering
 * in key order then puts the new mention into that instrument and moves no other mention (each of
 * them still agrees with every member of its cluster), and the instrument's attributes follow from
 * its stored row and the new mention. Returns null, having written nothing, when the case does not
 * hold (or the proposer would need the whole history): the caller then resolves in full.
 */
async function joinKnown(sql: Sql, fresh: NewMention[], locks: ResolutionLocks, partyless: ReadonlySet<number>): Promise<Map<number, number> | null> {
  const groups = new Map<string, NewMention>();
  for (const m of fresh) {
    const g = `${m.kind}\u0000${m.titleKey}`;
    if (groups.has(g)) return null;
    groups.set(g, m);
  }
  await locks.titles(new Set(fresh.map((m) => m.titleKey)));
  // Per kind and title, in one statement: the smallest and largest instrument of its resolved
  // mentions (each an index seek on (titleKey, kind, agreementId)), how many are unresolved (this
  // document's own), the largest instrument's row, and whether any curator decision is on agreements.
  const one = (i: number) =>
    `SELECT ${i} AS "i", (SELECT min("agreementId") FROM "AgreementMention" WHERE "titleKey" = ? AND "kind" = ?) AS "lo", (SELECT max("agreementId") FROM "AgreementMention" WHERE "titleKey" = ? AND "kind" = ?) AS "hi", (SELECT count(*) FROM "AgreementMention" WHERE "titleKey" = ? AND "kind" = ? AND "agreementId" IS NULL) AS "open"`;
  const list = [...groups.values()];
  const found = await sql.rows<StoredAgreement & { i: number; lo: number | null; hi: number | null; open: number; curated: number }>(
    `SELECT g."i", g."lo", g."hi", g."open", ${anyDecision("agreement")} AS "curated",
            a."id", a."key", a."documentId", a."ordinal", a."kind", a."title", a."status", a."signedOn", a."proposerId", a."date"
       FROM (${list.map((_, i) => one(i)).join(" UNION ALL ")}) AS g LEFT JOIN "Agreement" a ON a."id" = g."hi"`,
    list.flatMap((m) => [m.titleKey, m.kind, m.titleKey, m.kind, m.titleKey, m.kind]),
  );
  const into = new Map<NewMention, number | null>();
  const stored = new Map<number, StoredAgreement>();
  for (const r of found) {
    const m = list[Number(r.i)]!;
    if (Number(r.curated) || Number(r.open) !== 1 || r.lo !== r.hi) return null;
    if (r.hi !== null && r.id === null) return null;
    into.set(m, r.hi === null ? null : Number(r.hi));
    if (r.hi !== null) stored.set(Number(r.hi), r);
  }
  const plans: { m: NewMention; id: number; a: Omit<StoredAgreement, "id" | "signedOn" | "date"> & { signedOn: Date | null; date: Date }; headWas: StoredAgreement | null }[] = [];
  for (const [m, id] of into) {
    if (id === null) continue;
    const old = stored.get(id);
    if (!old) return null;
    // The same instrument as each of its mentions: no country of theirs is apart from the new one's.
    if (m.countries.size) {
      const countries = [...m.countries];
      const apart = await sql.rows<{ one: number }>(
        `SELECT 1 AS "one" FROM "AgreementParty" p WHERE p."agreementId" = ? AND p."countryId" IS NOT NULL AND p."mentionId" NOT IN (SELECT q."mentionId" FROM "AgreementParty" q WHERE q."agreementId" = ? AND q."countryId" IN (${countries.map(() => "?").join(", ")})) LIMIT 1`,
        [id, id, ...countries],
      );
      if (apart.length) return null;
    }
    // The first proposer in history order: unknown without the history when both name one.
    if (m.proposerId !== null && old.proposerId !== null) return null;
    const head = m.key < old.key;
    const later = m.date.getTime() > time(old.date)! || (m.date.getTime() === time(old.date) && rank(m.status) > rank(old.status));
    const signedOn = m.status === "signed" && (old.signedOn === null || m.date.getTime() < time(old.signedOn)!) ? m.date : old.signedOn === null ? null : new Date(old.signedOn);
    plans.push({
      m,
      id,
      headWas: head ? old : null,
      a: {
        key: head ? m.key : old.key,
        documentId: head ? m.documentId : old.documentId,
        ordinal: head ? m.ordinal : old.ordinal,
        kind: head ? m.kind : old.kind,
        title: head ? m.title : old.title,
        status: later ? m.status : old.status,
        signedOn,
        proposerId: m.proposerId ?? old.proposerId,
        date: later ? m.date : new Date(old.date),
      },
    });
  }

  const instrumentOf = new Map<number, number>();
  const fresh1 = [...into].filter(([, id]) => id === null).map(([m]) => m);
  if (fresh1.length) {
    const inserted = await sql.insert<{ id: number; key: string }>(
      "Agreement",
      ["key", "documentId", "ordinal", "kind", "title", "status", "signedOn", "proposerId", "date"],
      fresh1.map((m) => [m.key, m.documentId, m.ordinal, m.kind, m.title, m.status, m.status === "signed" ? m.date : null, m.proposerId, m.date]),
      ["id", "key"],
    );
    const ids = new Map(inserted.map((r) => [r.key, r.id]));
    for (const m of fresh1) instrumentOf.set(m.id, ids.get(m.key)!);
  }
  const moved: { id: number; agreementId: number; rule: string }[] = fresh1.map((m) => ({ id: m.id, agreementId: instrumentOf.get(m.id)!, rule: "key" }));
  for (const { m, id, a, headWas } of plans) {
    instrumentOf.set(m.id, id);
    if (!unchanged(stored.get(id)!, a)) {
      await sql.send(
        `UPDATE "Agreement" SET "key" = ?, "documentId" = ?, "ordinal" = ?, "kind" = ?, "title" = ?, "status" = ?, "signedOn" = ?, "proposerId" = ?, "date" = ? WHERE "id" = ?`,
        [a.key, a.documentId, a.ordinal, a.kind, a.title, a.status, a.signedOn, a.proposerId, a.date, id],
      );
    }
    moved.push({ id: m.id, agreementId: id, rule: headWas ? "key" : "same_title" });
  }
  // The mentions that headed their instruments are now among the others.
  const heads = plans.flatMap((p) => (p.headWas ? [p.headWas] : []));
  if (heads.length) {
    await sql.send(
      `UPDATE "AgreementMention" SET "rule" = 'same_title' WHERE ${heads.map(() => `("documentId" = ? AND "ordinal" = ?)`).join(" OR ")}`,
      heads.flatMap((h) => [h.documentId, h.ordinal]),
    );
  }
  const ids = moved.map((m) => m.id);
  const idList = ids.map(() => "?").join(", ");
  await sql.send(
    `UPDATE "AgreementMention" SET "agreementId" = CASE "id" ${moved.map(() => "WHEN ? THEN CAST(? AS INTEGER)").join(" ")} END, "rule" = CASE "id" ${moved.map(() => "WHEN ? THEN ?").join(" ")} END WHERE "id" IN (${idList})`,
    [...moved.flatMap((m) => [m.id, m.agreementId]), ...moved.flatMap((m) => [m.id, m.rule]), ...ids],
  );
  await updateParties(sql, ids, partyless);
  return instrumentOf;
}

/**
 * The parties of these mentions follow their instrument. Skipped when none of the mentions has a
 * party row (`partyless`: written without parties in this transaction), where the statement
 * would match no row: most reports name no party (issue #16: statements per document).
 */
async function updateParties(sql: Sql, ids: number[], partyless: ReadonlySet<number>): Promise<void> {
  if (ids.every((id) => partyless.has(id))) return;
  await sql.send(
    `UPDATE "AgreementParty" SET "agreementId" = (SELECT am."agreementId" FROM "AgreementMention" am WHERE am."id" = "AgreementParty"."mentionId") WHERE "mentionId" IN (${ids.map(() => "?").join(", ")})`,
    ids,
  );
}

/** Orphan rule: an instrument without mentions is gone (resolution removes them; this is the safety net). */
export async function collectAgreementOrphans(tx: Tx): Promise<void> {
  await tx.agreement.deleteMany({ where: { mentions: { none: {} } } });
}

// --- Export and import lines -------------------------------------------------------------------

/** An agreement mention as the writer takes it: its evidence gives its span. */
export type AgreementFact = Omit<AgreementMentionInput, "span"> & { evidence: EvidenceSpans };

export interface AgreementLine {
  type: "agreement";
  id: string;
  document: string;
  ordinal: number;
  kind: string;
  title: string;
  status: string;
  proposer: string | null;
  date: string;
  parties: { name: string; official: string | null; organization: string | null; country: string | null }[];
  evidence: EvidenceLine[];
  /** The instrument this mention resolved to (its key) and the rule that joined it; import re-resolves. */
  instrument?: string | null;
  rule?: string;
}

export const AGREEMENT_FIELDS: Record<string, FieldKind> = {
  id: "string",
  document: "string",
  ordinal: "int",
  kind: "string",
  title: "string",
  status: "string",
  proposer: "string?",
  date: "string",
  parties: "parties",
  evidence: "evidence",
  instrument: "absent|string?",
  rule: "absent|string?",
};

export interface AgreementMentionRow {
  id: number;
  ordinal: number;
  kind: string;
  title: string;
  status: string;
  proposerId: number | null;
  date: Date;
  rule: string;
  parties: { name: string; officialId: number | null; organizationId: number | null; countryId: number | null }[];
  agreement: { key: string } | null;
}

/** One document's agreement lines, in ordinal order. */
export function agreementLines(
  hash: string,
  mentions: AgreementMentionRow[],
  refs: { official: (id: number | null) => string | null; organization: (id: number | null) => string | null; country: (id: number | null) => string | null; evidence: (owner: string) => EvidenceLine[] },
): AgreementLine[] {
  return mentions.map((a) => ({
    type: "agreement",
    id: ids.fact("agreement", hash, a.ordinal),
    document: ids.document(hash),
    ordinal: a.ordinal,
    kind: a.kind,
    title: a.title,
    status: a.status,
    proposer: refs.official(a.proposerId),
    date: iso(a.date),
    parties: a.parties.map((p) => ({ name: p.name, official: refs.official(p.officialId), organization: refs.organization(p.organizationId), country: refs.country(p.countryId) })),
    evidence: refs.evidence(`agreement#${a.id}`),
    instrument: a.agreement ? `instrument:${a.agreement.key}` : null,
    rule: a.rule,
  }));
}

/** Records what is wrong with an agreement line's references. */
export function checkAgreementLine(f: AgreementLine, check: CheckRef, nodes: FileNodes, fail: (msg: string) => void): void {
  check("agreement.proposer", f.proposer, nodes.officials);
  for (const p of f.parties) {
    check("agreement.parties", p.official, nodes.officials);
    check("agreement.parties", p.organization, nodes.organizations);
    check("agreement.parties", p.country, nodes.countries);
  }
  if (Number.isNaN(Date.parse(f.date))) fail("agreement.date must be an ISO date");
}

/** The nodes an agreement line refers to. */
export const agreementLineRefs = (f: AgreementLine): (string | null)[] => [f.proposer, ...f.parties.flatMap((p) => [p.official, p.organization, p.country])];

/** An agreement line as the writer takes it; its instrument is resolved again where it is written. */
export function agreementFromLine(f: AgreementLine, nodes: NodeIds): AgreementFact {
  const node = (ref: string | null, map: Map<string, number>) => (ref === null ? null : map.get(ref)!);
  return {
    ordinal: f.ordinal,
    kind: f.kind,
    title: f.title,
    status: f.status,
    proposerId: node(f.proposer, nodes.officials),
    parties: f.parties.map((p) => ({ name: p.name, officialId: node(p.official, nodes.officials), organizationId: node(p.organization, nodes.organizations), countryId: node(p.country, nodes.countries) })),
    evidence: f.evidence,
  };
}

// --- The fact kind, as the registry (registry.ts) gives it to every place that iterates kinds -----

export const agreementKind = defineFactKind<"agreements", AgreementFact, AgreementLine>({
  key: "agreements",
  line: "agreement",
  evidenceColumn: "agreementMentionId",
  resolvedColumn: "agreementId",
  inProgress: true,
  // The titles write() locks, whichever way it resolves: the document's and those it touched.
  lockAhead: (sql, facts: AgreementFact[], touched) => lockTitlesAhead(sql, [...touched.titles, ...facts.map((a) => titleKey(a.title))]),
  // This document's mentions, resolved into instruments with the titles the document touched.
  async write(ctx, facts: AgreementFact[]) {
    const keys = facts.map((a) => titleKey(a.title));
    const written = await writeAgreementMentions(
      ctx.sql,
      ctx.documentId,
      ctx.docDate,
      facts.map((a) => ({ ...a, span: spanOf(a.evidence) })),
      keys,
    );
    const fresh = written.ids.filter((id) => id !== undefined);
    const titleKeys = [...new Set([...ctx.touched.titles, ...written.titleKeys])];
    const instrumentOf = new Map<number, number>();
    // Shared with the full resolution when the look-up falls back: the titles are locked once.
    const locks = new ResolutionLocks(ctx.sql, "agreement");
    // A new report touching no other document's titles: its mentions usually join what is there.
    const joined =
      facts.length && !ctx.touched.titles.length
        ? await joinKnown(
            ctx.sql,
            facts.map((a, i) => {
              const seen = new Set<string>();
              const parties = a.parties.filter((p) => !seen.has(p.name) && seen.add(p.name));
              return {
                id: written.ids[a.ordinal]!,
                key: `${ctx.contentHash}/${a.ordinal}`,
                documentId: ctx.documentId,
                ordinal: a.ordinal,
                kind: a.kind,
                title: a.title,
                titleKey: keys[i]!,
                status: a.status,
                date: ctx.docDate,
                proposerId: a.proposerId,
                countries: new Set(parties.flatMap((p) => (p.countryId === null ? [] : [p.countryId]))),
              };
            }),
            locks,
            written.partyless,
          )
        : null;
    for (const [mention, instrument] of joined ?? (await resolveAgreements(ctx.sql, titleKeys, new Set(fresh), locks, written.partyless))) instrumentOf.set(mention, instrument);
    for (const a of facts) ctx.evidence(a.evidence, written.ids[a.ordinal], instrumentOf.get(written.ids[a.ordinal]) ?? null);
    ctx.followUps.agreements.push(...instrumentOf.values());
  },
  // Instruments are shared: only the document's mentions go; the caller re-resolves their titles.
  clear: async (tx, documentId) => void (await tx.agreementMention.deleteMany({ where: { documentId } })),
  collectOrphans: collectAgreementOrphans,
  exportInclude: { agreementMentions: { orderBy: { ordinal: "asc" }, include: { parties: { orderBy: { id: "asc" } }, agreement: { select: { key: true } } } } },
  lines: (hash, d: { agreementMentions: AgreementMentionRow[] }, refs) => agreementLines(hash, d.agreementMentions, refs),
  fields: AGREEMENT_FIELDS,
  check: (f: AgreementLine, c) => checkAgreementLine(f, c.check, c.nodes, c.fail),
  refs: agreementLineRefs,
  fromLine: (f, c) => agreementFromLine(f, c.nodes),
  // Each party resolved to an official, organisation or country.
  fromExtracted: (doc, refs) =>
    doc.agreements.map((a, ordinal) => ({
      ordinal,
      kind: a.kind,
      title: a.title,
      status: a.status,
      proposerId: refs.official(a.proposer),
      parties: a.parties.map((name) => ({ name, officialId: refs.official(name), organizationId: refs.organization(name), countryId: refs.countryOfName(name) })),
      evidence: a.evidence,
    })),
  signatureSelect: { agreementMentions: { select: { kind: true, title: true, status: true, parties: { select: { name: true } } } } },
  signatures: (d: { agreementMentions: { kind: string; title: string; status: string; parties: { name: string }[] }[] }) =>
    d.agreementMentions.map((a) => JSON.stringify([a.kind, a.title, a.status, a.parties.map((p) => p.name).sort()])),
});
