// Topics: the controlled vocabulary of sectors, grown only by what documents use. This module owns
// the topic node kind: its writing by name (the fact writer and import), its export line and its
// one orphan rule.
import type { Tx } from "../db.ts";
import { ids, type FieldKind } from "../lines.ts";
import type { Sql } from "../sql.ts";
import { findByKeys, type OrphanScope } from "./find-or-create.ts";

/** Finds or creates topics by name; returns row IDs by name and the names created. */
export async function findOrCreateTopics(sql: Sql, names: string[]): Promise<{ ids: Map<string, number>; created: string[] }> {
  const topics = new Map<string, number>();
  const unique = [...new Set(names)];
  if (!unique.length) return { ids: topics, created: [] };
  for (const [name, r] of await findByKeys<{ id: number }>(sql, "Topic", unique)) topics.set(name, r.id);
  const missing = unique.filter((n) => !topics.has(n));
  if (missing.length) for (const r of await sql.insert<{ id: number; name: string }>("Topic", ["name"], missing.map((n) => [n]), ["id", "name"])) topics.set(r.name, r.id);
  return { ids: topics, created: missing };
}

/** Orphan rule: a topic no document and no proposal uses. */
export const TOPIC_ORPHAN = { documents: { none: {} }, proposals: { none: {} } };

export async function collectTopicOrphans(tx: Tx, scope: OrphanScope = null): Promise<void> {
  const where = scope === null ? {} : "ids" in scope ? { id: { in: scope.ids } } : { name: { in: scope.keys } };
  await tx.topic.deleteMany({ where: { ...where, ...TOPIC_ORPHAN } });
}

export interface TopicLine {
  type: "topic";
  id: string;
  name: string;
}

export const TOPIC_FIELDS: Record<string, FieldKind> = { id: "string", name: "string" };

export const topicLine = (t: { name: string }): TopicLine => ({ type: "topic", id: ids.topic(t.name), name: t.name });
