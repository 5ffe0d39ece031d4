// Curator decisions as resolution sees them: which mentions a curator joined into one event and
// which they kept apart. Decisions name mentions by their natural key (`<content hash>/<ordinal>`),
// never by row IDs, so they hold across re-extraction, deletion and re-ingest of the same text and
// across databases (export/import). The operations that make and undo them are in ../curate.ts.
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
  key: string;
  side: number;
  /** The mention row that has this key now (null while its document is not stored). */
  mentionId: number | null;
}

export interface Decision {
  id: number;
  action: CuratorAction;
  members: DecisionMember[];
}

const MENTION_TABLE: Record<CuratedKind, string> = { meeting: "MeetingMention", agreement: "AgreementMention" };

/**
 * The decisions of one kind that name a mention of these documents (by content hash), with every
 * member and the mention row it has now. One statement.
 */
export async function decisionsAround(sql: Sql, kind: CuratedKind, hashes: string[]): Promise<Decision[]> {
  if (!hashes.length) return [];
  const unique = [...new Set(hashes)];
  const rows = await sql.rows<{ decisionId: number; action: CuratorAction; side: number; documentHash: string; ordinal: number; mentionId: number | null }>(
    `SELECT c."decisionId", d."action", c."side", c."documentHash", c."ordinal", m."id" AS "mentionId"
       FROM "CuratorDecisionMention" c JOIN "CuratorDecision" d ON d."id" = c."decisionId"
       LEFT JOIN "Document" doc ON doc."contentHash" = c."documentHash"
       LEFT JOIN "${MENTION_TABLE[kind]}" m ON m."documentId" = doc."id" AND m."ordinal" = c."ordinal"
      WHERE d."kind" = ? AND c."decisionId" IN (SELECT "decisionId" FROM "CuratorDecisionMention" WHERE "documentHash" IN (${unique.map(() => "?").join(", ")}))
      ORDER BY c."decisionId", c."side", c."documentHash", c."ordinal"`,
    [kind, ...unique],
  );
  const byId = new Map<number, Decision>();
  for (const r of rows) {
    const d = byId.get(r.decisionId) ?? byId.set(r.decisionId, { id: r.decisionId, action: r.action, members: [] }).get(r.decisionId)!;
    d.members.push({ key: `${r.documentHash}/${r.ordinal}`, side: r.side, mentionId: r.mentionId });
  }
  return [...byId.values()];
}

/** Mention rows that joins pull into a neighbourhood: members of join decisions not yet in it. */
export function joinedOutside(decisions: Decision[], inside: Set<number>): number[] {
  const out = new Set<number>();
  for (const d of decisions) {
    if (d.action !== "join") continue;
    for (const m of d.members) if (m.mentionId !== null && !inside.has(m.mentionId)) out.add(m.mentionId);
  }
  return [...out];
}

const hashOf = (key: string) => key.slice(0, key.lastIndexOf("/"));

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
export function clusterCurated<M extends { key: string }>(sorted: M[], same: (a: M, b: M) => boolean, decisions: Decision[]): Curated<M> {
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
  const keptApart = (a: M, b: M) => apart.get(a.key)?.has(b.key) ?? false;

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

  for (const m of sorted) {
    if (inJoin.has(m.key)) continue;
    let placed = false;
    for (const c of clusters) {
      if (c.members.some((o) => keptApart(m, o))) continue;
      const part = c.parts.find((p) => p.every((o) => same(m, o)));
      if (!part) continue;
      part.push(m);
      c.members.push(m);
      placed = true;
      break;
    }
    if (!placed) clusters.push({ parts: [[m]], members: [m] });
  }
  const result = clusters.map((c) => [...c.members].sort((a, b) => position.get(a.key)! - position.get(b.key)!));
  return { clusters: result, joined: new Set(result.filter((_, i) => joinedClusters.has(clusters[i]))), splitOff };
}
