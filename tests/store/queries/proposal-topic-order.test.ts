// A topic's proposals, newest first, are read from ProposalTopic alone (its copies of the
// proposal's date, documentId and ordinal, indexed after topicId): the copies must follow every
// write, whoever makes it, on both backends, must not add to the change feed, and the lists read
// through them must keep the proposals' own order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { listProposals } from "../../../src/store/queries/lists.ts";
import { windowPages } from "../../../src/store/queries/pagination.ts";
import { relations } from "../../../src/store/queries/relations.ts";
import { freshDatabase, dropDatabase } from "../../helpers/database.ts";
import { buildGraph } from "../../graphql/graph.ts";

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await buildGraph(db, { documents: 3 });
});

afterAll(async () => {
  await db.close();
  await dropDatabase(db.url);
});

/** Topic rows whose copies differ from their proposal's columns. */
async function stale() {
  const rows = await db.prisma.proposalTopic.findMany({ include: { proposal: { select: { date: true, documentId: true, ordinal: true } } } });
  return rows.filter((r) => r.date?.getTime() !== r.proposal.date.getTime() || r.documentId !== r.proposal.documentId || r.ordinal !== r.proposal.ordinal);
}

/** The proposals of a topic in the list's order, computed from the proposals themselves. */
async function expectedOrder(topicId: number, direction: "asc" | "desc") {
  const rows = await db.prisma.proposal.findMany({
    where: { topics: { some: { topicId } } },
    orderBy: [{ date: direction }, { documentId: direction }, { ordinal: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

describe("ProposalTopic ordering copies", () => {
  it("hold the proposal's columns for every topic row stored by ingestion", async () => {
    expect(await db.prisma.proposalTopic.count()).toBeGreaterThan(0);
    expect(await db.prisma.proposalTopic.count({ where: { OR: [{ date: null }, { documentId: null }, { ordinal: null }] } })).toBe(0);
    expect(await stale()).toEqual([]);
  });

  it("follow a proposal whose date changes", async () => {
    const pt = await db.prisma.proposalTopic.findFirstOrThrow();
    await db.prisma.proposal.update({ where: { id: pt.proposalId }, data: { date: new Date("1999-02-03T00:00:00Z") } });
    const moved = await db.prisma.proposalTopic.findMany({ where: { proposalId: pt.proposalId } });
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) expect(r.date?.toISOString()).toBe("1999-02-03T00:00:00.000Z");
    expect(await stale()).toEqual([]);
  });

  it("are taken from the proposal on insert and on a move to another proposal, whatever the writer gives", async () => {
    const [a, b] = await db.prisma.proposal.findMany({ orderBy: { id: "asc" }, take: 2 });
    const topic = await db.prisma.topic.create({ data: { name: "test copy topic" } });
    await db.prisma.proposalTopic.create({ data: { proposalId: a!.id, topicId: topic.id, date: new Date("2001-01-01T00:00:00Z"), documentId: 12345, ordinal: 99 } });
    const row = () => db.prisma.proposalTopic.findFirstOrThrow({ where: { topicId: topic.id } });
    expect((await row()).date?.getTime()).toBe(a!.date.getTime());
    expect((await row()).ordinal).toBe(a!.ordinal);
    await db.prisma.$executeRawUnsafe(`UPDATE "ProposalTopic" SET "proposalId" = ${b!.id} WHERE "topicId" = ${topic.id}`);
    expect((await row()).date?.getTime()).toBe(b!.date.getTime());
    expect((await row()).documentId).toBe(b!.documentId);
    expect(await stale()).toEqual([]);
  });

  it("add nothing to the change feed beyond what the proposal's own change notes", async () => {
    const proposal = await db.prisma.proposal.findFirstOrThrow({ where: { topics: { some: {} } } });
    const pending = () => db.prisma.pendingChange.count();
    let before = await pending();
    await db.prisma.proposal.update({ where: { id: proposal.id }, data: { text: `${proposal.text} (edited)` } });
    const byOtherColumn = (await pending()) - before;
    before = await pending();
    await db.prisma.proposal.update({ where: { id: proposal.id }, data: { date: new Date("2002-05-06T00:00:00Z") } });
    expect((await pending()) - before).toBe(byOtherColumn);
  });

  it("order a topic's proposals like the proposals' own columns do, in the list and in Topic.proposals", async () => {
    const topics = await db.prisma.topic.findMany({ where: { proposals: { some: {} } } });
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      for (const direction of ["desc", "asc"] as const) {
        const listed = await listProposals(db, { topic: topic.name }, direction, { first: 100 });
        expect(listed.rows.map((r) => r.row.id)).toEqual(await expectedOrder(topic.id, direction));
        expect(await listed.count()).toBe(listed.rows.length);
      }
      const pages = await windowPages(db.read, relations.topicProposals, [topic.id], { first: 100 }, { table: "Proposal" });
      expect(pages.get(topic.id)!.rows.map((r) => r.row.id)).toEqual(await expectedOrder(topic.id, "desc"));
    }
  });

  it("keep the other filters of the list working with a topic", async () => {
    const topic = await db.prisma.topic.findFirstOrThrow({ where: { proposals: { some: {} } } });
    const some = await db.prisma.proposal.findFirstOrThrow({ where: { topics: { some: { topicId: topic.id } } } });
    const day = some.date.toISOString().slice(0, 10);
    const listed = await listProposals(db, { topic: topic.name, from: day, to: day, kind: [some.kind] }, "desc", { first: 100 });
    expect(listed.rows.map((r) => r.row.id)).toContain(some.id);
    for (const r of listed.rows) expect(r.row.date.toISOString().slice(0, 10)).toBe(day);
    expect((await listProposals(db, { topic: "no such topic" }, "desc", { first: 5 })).rows).toEqual([]);
  });
});
