// Curator decisions as resolution sees them: which mentions a curator joined into one event and
// which they kept apart. Decisions name mentions by their natural key (`<content hash>/<ordinal>`)
// and what identifies them beyond the ordinal (their evidence span and a fingerprint, `Anchor`),
// never by row IDs, so they hold across re-extraction (also by an extractor that numbers the
// mentions differently), deletion and re-ingest of the same text and across databases
// (export/import). The operations that make and undo them are in ../curate.ts.
//
// Clustering with decisions stays deterministic and independent of ingest order: joined mentions
// start as one cluster before any other mention is placed, and every mention is still placed in
// natural-key order by the same rule as without decisions, except that it never enters a cluster
// holding a mention a split keeps apart from it.
import { Sql } from "../sql.ts";

export type CuratedKind = "meeting" | "agreement";
export type CuratorAction = "join" | "split";

/** The rules a curator's decision records on the mentions it affects. */
export const CURATOR_JOIN = "curator:join";
export const CURATOR_SPLIT = "curator:split";

export interface DecisionMember {
  /**
   * The mention's key now: `<content hash>/<ordinal>` of the mention this member recognises in its
   * document (`matchMember`), `<content hash>/~<ordinal>` when the document is stored but has no
   * such mention any more (the member is dormant: it names nothing), the stored key when the
   * document is not stored.
   */
  key: string;
  side: number;
  /** The mention row it names now (null while its document is not stored, or it is dormant). */
  mentionId: number | null;
}

export interface Decision {
  id: number;
  action: CuratorAction;
  members: DecisionMember[];
}

/**
 * What identifies a mention beyond its ordinal, recorded with each decision member: the span of
 * text its evidence covers and a fingerprint of what it said (a meeting's date and participants'
 * name keys; an agreement's kind and title key). Another extractor version may number a
 * document's mentions differently; it reads the same words at the same place.
 */
export type Anchor = {
  spanStart: number | null;
  spanEnd: number | null;
  fingerprint: string | null;
};

/** The span a mention's evidence covers (first start, last end), or null without evidence. */
export function spanOf(evidence: { start: number; end: number }[]): { start: number; end: number } | null {
  if (!evidence.length) return null;
  return { start: Math.min(...evidence.map((e) => e.start)), end: Math.max(...evidence.map((e) => e.end)) };
}

export const meetingFingerprint = (date: string | null, nameKeys: string[]) => `${date ?? ""}|${[...new Set(nameKeys)].sort(codePoints).join(",")}`;
export const agreementFingerprint = (kind: string, titleKey: string) => `${kind}|${titleKey}`;
const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A mention of a stored document, as a decision member is matched against it. */
export interface PresentMention extends Anchor {
  id: number;
  ordinal: number;
  fingerprint: string;
}

/** The mentions of one kind of these stored documents, by content hash. One statement. */
export async function presentMentions(sql: Sql, kind: CuratedKind, hashes: string[]): Promise<Map<string, PresentMention[]>> {
  const out = new Map<string, PresentMention[]>();
  if (!hashes.length) return out;
  const list = hashes.map(() => "?").join(", ");
  if (kind === "agreement") {
    const rows = await sql.rows<{ id: number; ordinal: number; contentHash: string; spanStart: number | null; spanEnd: number | null; kind: string; titleKey: string }>(
      `SELECT m."id", m."ordinal", d."contentHash", m."spanStart", m."spanEnd", m."kind", m."titleKey" FROM "AgreementMention" m JOIN "Document" d ON d."id" = m."documentId" WHERE d."contentHash" IN (${list})`,
      hashes,
    );
    for (const r of rows) {
      (out.get(r.contentHash) ?? out.set(r.contentHash, []).get(r.contentHash)!).push({ id: r.id, ordinal: r.ordinal, spanStart: r.spanStart, spanEnd: r.spanEnd, fingerprint: agreementFingerprint(r.kind, r.titleKey) });
    }
    return out;
  }
  const rows = await sql.rows<{ id: number; ordinal: number; contentHash: string; spanStart: number | null; spanEnd: number | null; date: string | null; nameKey: string | null }>(
    `SELECT m."id", m."ordinal", d."contentHash", m."spanStart", m."spanEnd", m."date", o."nameKey" FROM "MeetingMention" m JOIN "Document" d ON d."id" = m."documentId"
       LEFT JOIN "MeetingMentionParticipant" p ON p."mentionId" = m."id" LEFT JOIN "Official" o ON o."id" = p."officialId" WHERE d."contentHash" IN (${list})`,
    hashes,
  );
  const byId = new Map<number, { row: (typeof rows)[number]; names: string[] }>();
  for (const r of rows) {
    const m = byId.get(r.id) ?? byId.set(r.id, { row: r, names: [] }).get(r.id)!;
    if (r.nameKey !== null) m.names.push(r.nameKey);
  }
  for (const { row: r, names } of byId.values()) {
    (out.get(r.contentHash) ?? out.set(r.contentHash, []).get(r.contentHash)!).push({ id: r.id, ordinal: r.ordinal, spanStart: r.spanStart, spanEnd: r.spanEnd, fingerprint: meetingFingerprint(r.date, names) });
  }
  return out;
}

/**
 * The mention of its document a decision member names: the one at the same span (of several, the
 * one with the same fingerprint, then the same ordinal); else the one with the same fingerprint
 * whose span overlaps the member's most; else none (the member is dormant). A member recorded
 * without a span (an older export) names the mention at its ordinal, if the fingerprint, when
 * known, agrees.
 */
export function matchMember(member: Anchor & { ordinal: number }, present: PresentMention[]): PresentMention | null {
  const { spanStart: s, spanEnd: e, fingerprint: f } = member;
  if (s === null || e === null) return present.find((m) => m.ordinal === member.ordinal && (f === null || m.fingerprint === f)) ?? null;
  // The least by the scores, compared in order.
  const best = (ms: PresentMention[], score: (m: PresentMention) => number[]) => {
    const scored = ms.map((m) => ({ m, k: score(m) }));
    scored.sort((a, b) => {
      const i = a.k.findIndex((x, j) => x !== b.k[j]);
      return i < 0 ? 0 : a.k[i] - b.k[i];
    });
    return scored[0]?.m ?? null;
  };
  const same = present.filter((m) => m.spanStart === s && m.spanEnd === e);
  if (same.length) return best(same, (m) => [m.fingerprint === f ? 0 : 1, m.ordinal === member.ordinal ? 0 : 1, m.ordinal]);
  const overlap = (m: PresentMention) => Math.min(e, m.spanEnd!) - Math.max(s, m.spanStart!);
  const near = present.filter((m) => m.fingerprint === f && m.spanStart !== null && m.spanEnd !== null && overlap(m) > 0);
  return best(near, (m) => [-overlap(m), m.ordinal === member.ordinal ? 0 : 1, m.ordinal]);
}

type MemberRow = Anchor & {
  decisionId: number;
  action: CuratorAction;
  side: number;
  documentHash: string;
  ordinal: number;
};

/**
 * A column telling whether any decision of this kind exists (1) or none (0), for a statement that
 * resolution sends after taking its locks anyway: where it says none, `decisionsAround` need not
 * be read (issue #16: an empty read a document on PostgreSQL, a round trip). Read in the same
 * transaction after the locks, as the decisions' read was: a curator's decision on these mentions
 * re-resolves them under the same locks (curate.ts), so it cannot come in between unseen.
 */
export const anyDecision = (kind: CuratedKind) => `(SELECT count(*) FROM (SELECT 1 FROM "CuratorDecision" WHERE "kind" = '${kind}' LIMIT 1) AS "anyDecision")`;

/**
 * The decisions of one kind that name a mention of these documents (by content hash), with every
 * member and the mention row it names now. One statement when no decision names them.
 */
export async function decisionsAround(sql: Sql, kind: CuratedKind, hashes: string[]): Promise<Decision[]> {
  if (!hashes.length) return [];
  const unique = [...new Set(hashes)];
  const rows = await sql.rows<MemberRow>(
    `SELECT c."decisionId", d."action", c."side", c."documentHash", c."ordinal", c."spanStart", c."spanEnd", c."fingerprint"
       FROM "CuratorDecisionMention" c JOIN "CuratorDecision" d ON d."id" = c."decisionId"
      WHERE d."kind" = ? AND c."decisionId" IN (SELECT "decisionId" FROM "CuratorDecisionMention" WHERE "documentHash" IN (${unique.map(() => "?").join(", ")}))
      ORDER BY c."decisionId", c."side", c."documentHash", c."ordinal"`,
    [kind, ...unique],
  );
  return attach(sql, kind, rows);
}

/** The given decisions of one kind with their members matched as `decisionsAround` does. */
export async function decisionsById(sql: Sql, kind: CuratedKind, ids: number[]): Promise<Decision[]> {
  if (!ids.length) return [];
  const rows = await sql.rows<MemberRow>(
    `SELECT c."decisionId", d."action", c."side", c."documentHash", c."ordinal", c."spanStart", c."spanEnd", c."fingerprint"
       FROM "CuratorDecisionMention" c JOIN "CuratorDecision" d ON d."id" = c."decisionId"
      WHERE d."kind" = ? AND d."id" IN (${ids.map(() => "?").join(", ")}) ORDER BY c."decisionId", c."side", c."documentHash", c."ordinal"`,
    [kind, ...ids],
  );
  return attach(sql, kind, rows);
}

async function attach(sql: Sql, kind: CuratedKind, rows: MemberRow[]): Promise<Decision[]> {
  if (!rows.length) return [];
  const present = await presentMentions(sql, kind, [...new Set(rows.map((r) => r.documentHash))]);
  const byId = new Map<number, Decision>();
  for (const r of rows) {
    const d = byId.get(r.decisionId) ?? byId.set(r.decisionId, { id: r.decisionId, action: r.action, members: [] }).get(r.decisionId)!;
    const mentions = present.get(r.documentHash);
    if (!mentions) {
      d.members.push({ key: `${r.documentHash}/${r.ordinal}`, side: r.side, mentionId: null });
      continue;
    }
    const m = matchMember(r, mentions);
    d.members.push(m ? { key: `${r.documentHash}/${m.ordinal}`, side: r.side, mentionId: m.id } : { key: `${r.documentHash}/~${r.ordinal}`, side: r.side, mentionId: null });
    // A member from an older export learns what it names the first time its document is stored.
    if (m && r.spanStart === null && r.fingerprint === null && (m.spanStart !== null || m.fingerprint !== null)) {
      await sql.send(`UPDATE "CuratorDecisionMention" SET "spanStart" = ?, "spanEnd" = ?, "fingerprint" = ? WHERE "decisionId" = ? AND "documentHash" = ? AND "ordinal" = ?`, [
        m.spanStart,
        m.spanEnd,
        m.fingerprint,
        r.decisionId,
        r.documentHash,
        r.ordinal,
      ]);
    }
  }
  return [...byId.values()];
}

/** The anchors of mentions of stored documents, by key (`<content hash>/<ordinal>`); for recording a decision. */
export async function anchorsOf(sql: Sql, kind: CuratedKind, keys: string[]): Promise<Map<string, Anchor>> {
  const present = await presentMentions(sql, kind, hashesOf(keys.map((key) => ({ key }))));
  const out = new Map<string, Anchor>();
  for (const key of keys) {
    const m = present.get(hashOf(key))?.find((p) => p.ordinal === Number(key.slice(key.lastIndexOf("/") + 1)));
    if (m) out.set(key, { spanStart: m.spanStart, spanEnd: m.spanEnd, fingerprint: m.fingerprint });
  }
  return out;
}

const hashOf = (key: string) => key.slice(0, key.lastIndexOf("/"));

/** Mention rows that joins pull into a neighbourhood: members of join decisions not yet in it. */
export function joinedOutside(decisions: Decision[], inside: Set<number>): number[] {
  const out = new Set<number>();
  for (const d of decisions) {
    if (d.action !== "join") continue;
    for (const m of d.members) if (m.mentionId !== null && !inside.has(m.mentionId)) out.add(m.mentionId);
  }
  return [...out];
}


/** The content hashes of mention keys: what `decisionsAround` is asked about. */
export const hashesOf = (items: { key: string }[]) => [...new Set(items.map((m) => hashOf(m.key)))];

export interface Curated<M> {
  clusters: M[][];
  /** Clusters a join formed (their members may match each other only by the curator's word). */
  joined: Set<M[]>;
  /** Mentions a split took out of their event (the side the curator named). */
  splitOff: Set<string>;
}

/**
 * Clusters `sorted` (already in the resolver's placement order) under the decisions: each join's
 * mentions form one cluster up front (overlapping joins merge), with each side a part; every other
 * mention joins the first cluster with a part all of whose mentions it matches and no mention a
 * split keeps apart from it (complete linkage within a part: without decisions, a cluster is one
 * part and this is the resolvers' plain rule).
 */
export function clusterCurated<M extends { key: string }>(
  sorted: M[],
  same: (a: M, b: M) => boolean,
  decisions: Decision[],
  /**
   * Mentions with equal signatures compare alike with every mention under `same`: a part then
   * checks one of each signature, not every member, so a title told by thousands of reports is not
   * compared pairwise (issue #17: ingest cost grew with the graph).
   */
  signature?: (m: M) => string,
): Curated<M> {
  const position = new Map(sorted.map((m, i) => [m.key, i]));
  const byKey = new Map(sorted.map((m) => [m.key, m]));
  const apart = new Map<string, Set<string>>();
  const splitOff = new Set<string>();
  for (const d of decisions) {
    if (d.action !== "split") continue;
    const sides = [0, 1].map((s) => d.members.filter((m) => m.side === s).map((m) => m.key));
    for (const a of sides[0]) {
      splitOff.add(a);
      for (const b of sides[1]) {
        (apart.get(a) ?? apart.set(a, new Set()).get(a)!).add(b);
        (apart.get(b) ?? apart.set(b, new Set()).get(b)!).add(a);
      }
    }
  }

  // Joins: union-find over the present members, each decision's sides becoming parts.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const joins = decisions.filter((d) => d.action === "join").map((d) => d.members.filter((m) => byKey.has(m.key)));
  for (const members of joins) for (const m of members) if (!parent.has(m.key)) parent.set(m.key, m.key);
  for (const members of joins) for (const m of members.slice(1)) parent.set(find(m.key), find(members[0].key));
  const groups = new Map<string, { parts: M[][]; placed: Set<string> }>();
  for (const members of joins) {
    if (members.length < 2) continue;
    const g = groups.get(find(members[0].key)) ?? groups.set(find(members[0].key), { parts: [], placed: new Set() }).get(find(members[0].key))!;
    for (const side of [...new Set(members.map((m) => m.side))].sort((a, b) => a - b)) {
      const part = members.filter((m) => m.side === side && !g.placed.has(m.key)).map((m) => byKey.get(m.key)!);
      part.sort((a, b) => position.get(a.key)! - position.get(b.key)!);
      for (const m of part) g.placed.add(m.key);
      if (part.length) g.parts.push(part);
    }
  }
  const ordered = [...groups.values()].filter((g) => g.placed.size >= 2).sort((a, b) => Math.min(...[...a.placed].map((k) => position.get(k)!)) - Math.min(...[...b.placed].map((k) => position.get(k)!)));
  const clusters: { parts: M[][]; members: M[] }[] = ordered.map((g) => ({ parts: g.parts, members: g.parts.flat() }));
  const joinedClusters = new Set(clusters);
  const inJoin = new Set(ordered.flatMap((g) => [...g.placed]));

  // One representative per signature and part (all members without a signature function).
  const representatives = new Map<M[], Map<string, M>>();
  const distinct = (p: M[]): Iterable<M> => {
    if (!signature) return p;
    let reps = representatives.get(p);
    if (!reps) {
      reps = new Map();
      for (const o of p) if (!reps.has(signature(o))) reps.set(signature(o), o);
      representatives.set(p, reps);
    }
    return reps.values();
  };
  const matchesAll = (m: M, p: M[]) => {
    for (const o of distinct(p)) if (!same(m, o)) return false;
    return true;
  };
  for (const m of sorted) {
    if (inJoin.has(m.key)) continue;
    const apartFrom = apart.get(m.key);
    let placed = false;
    for (const c of clusters) {
      if (apartFrom && c.members.some((o) => apartFrom.has(o.key))) continue;
      const part = c.parts.find((p) => matchesAll(m, p));
      if (!part) continue;
      part.push(m);
      const reps = signature && representatives.get(part);
      if (reps && !reps.has(signature(m))) reps.set(signature(m), m);
      c.members.push(m);
      placed = true;
      break;
    }
    if (!placed) clusters.push({ parts: [[m]], members: [m] });
  }
  const result = clusters.map((c) => [...c.members].sort((a, b) => position.get(a.key)! - position.get(b.key)!));
  return { clusters: result, joined: new Set(result.filter((_, i) => joinedClusters.has(clusters[i]))), splitOff };
}
