// An official's newest meetings are read from MeetingParticipant alone (its copy of the meeting's
// dateStart, indexed after officialId): the copy must follow every write, whoever makes it, on
// both backends, and must not add to the change feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
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

/** Participant rows whose copy differs from their meeting's date. */
async function stale() {
  const rows = await db.prisma.meetingParticipant.findMany({ include: { meeting: { select: { dateStart: true } } } });
  return rows.filter((r) => (r.dateStart?.getTime() ?? null) !== (r.meeting.dateStart?.getTime() ?? null));
}

describe("MeetingParticipant.dateStart", () => {
  it("holds the meeting's date for every participant stored by ingestion", async () => {
    expect(await db.prisma.meetingParticipant.count()).toBeGreaterThan(0);
    expect(await db.prisma.meetingParticipant.count({ where: { dateStart: null } })).toBe(0);
    expect(await stale()).toEqual([]);
  });

  it("follows a meeting whose date changes, and a date that goes away", async () => {
    const mp = await db.prisma.meetingParticipant.findFirstOrThrow();
    await db.prisma.meeting.update({ where: { id: mp.meetingId }, data: { dateStart: new Date("1999-02-03T00:00:00Z") } });
    const moved = await db.prisma.meetingParticipant.findMany({ where: { meetingId: mp.meetingId } });
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) expect(r.dateStart?.toISOString()).toBe("1999-02-03T00:00:00.000Z");
    await db.prisma.meeting.update({ where: { id: mp.meetingId }, data: { dateStart: null } });
    for (const r of await db.prisma.meetingParticipant.findMany({ where: { meetingId: mp.meetingId } })) expect(r.dateStart).toBeNull();
    expect(await stale()).toEqual([]);
  });

  it("is taken from the meeting on insert and on a move to another meeting, whatever the writer gives", async () => {
    const [a, b] = await db.prisma.meeting.findMany({ where: { dateStart: { not: null } }, orderBy: { id: "asc" }, take: 2 });
    const official = await db.prisma.official.create({ data: { key: "test copy official", name: "Test Copy Official", searchName: "test copy official" } });
    await db.prisma.meetingParticipant.create({ data: { meetingId: a!.id, officialId: official.id, role: "guest", dateStart: new Date("2001-01-01T00:00:00Z") } });
    const row = () => db.prisma.meetingParticipant.findFirstOrThrow({ where: { officialId: official.id } });
    expect((await row()).dateStart?.getTime()).toBe(a!.dateStart!.getTime());
    await db.prisma.$executeRawUnsafe(`UPDATE "MeetingParticipant" SET "meetingId" = ${b!.id} WHERE "officialId" = ${official.id}`);
    expect((await row()).dateStart?.getTime()).toBe(b!.dateStart!.getTime());
    expect(await stale()).toEqual([]);
  });

  it("adds nothing to the change feed beyond what the meeting's own change notes", async () => {
    const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { participants: { some: {} }, dateStart: { not: null } } });
    const pending = () => db.prisma.pendingChange.count();
    let before = await pending();
    await db.prisma.meeting.update({ where: { id: meeting.id }, data: { location: "Somewhere else" } });
    const byOtherColumn = (await pending()) - before;
    before = await pending();
    await db.prisma.meeting.update({ where: { id: meeting.id }, data: { dateStart: new Date("2002-05-06T00:00:00Z") } });
    expect((await pending()) - before).toBe(byOtherColumn);
  });

  it("orders an official's meetings like the meetings' own dates do", async () => {
    const officials = await db.prisma.official.findMany({ where: { participations: { some: {} } }, select: { id: true } });
    const ids = officials.map((o) => o.id);
    const pages = await windowPages(db.read, relations.officialMeetings, ids, { first: 100 }, { table: "Meeting" });
    for (const id of ids) {
      const got = pages.get(id)!.rows.map((r) => r.row.id);
      const expected = (await db.prisma.meeting.findMany({ where: { participants: { some: { officialId: id } } }, orderBy: [{ dateStart: { sort: "desc", nulls: "last" } }, { id: "desc" }], select: { id: true } })).map((m) => m.id);
      expect(got).toEqual(expected);
    }
  });

  it("gives the same first pages through the per-official top rows as through numbering every row", async () => {
    const officials = await db.prisma.official.findMany({ where: { participations: { some: {} } }, select: { id: true } });
    const ids = [...officials.map((o) => o.id), 999999];
    // A batch of more parents than SQLite reads as one UNION ALL term each takes its other form.
    const many = [...ids, ...Array.from({ length: 150 }, (_, i) => 900000 + i)];
    for (const parents of [ids, many]) {
      for (const req of [{ first: 1 }, { first: 2, after: 1 }, { first: 3, after: 2 }, { first: 100 }, { first: 0 }]) {
        const numbered = await windowPages(db.read, relations.officialMeetings, parents, req, { table: "Meeting" });
        const top = await windowPages(db.read, relations.officialMeetings, parents, req, { table: "Meeting" }, db.provider);
        expect(top).toEqual(numbered);
      }
    }
    // Someone with more meetings than a page: the next page is known from the one extra row.
    const busiest = await db.prisma.meetingParticipant.groupBy({ by: ["officialId"], _count: { _all: true }, orderBy: { _count: { meetingId: "desc" } }, take: 1 });
    const n = busiest[0]!._count._all;
    expect(n).toBeGreaterThan(1);
    const page = (await windowPages(db.read, relations.officialMeetings, [busiest[0]!.officialId], { first: n - 1 }, { table: "Meeting" }, db.provider)).get(busiest[0]!.officialId)!;
    expect(page.rows).toHaveLength(n - 1);
    expect(page.hasNextPage).toBe(true);
  });
});
