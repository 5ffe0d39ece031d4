// Curator decisions: join two events the rules keep apart, take a mention out of its event, undo;
// each decision holds through re-extraction, deleting and re-ingesting reports, and export/import.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CurationError, joinEvents, listDecisions, splitMentions, undoDecision } from "../../../src/store/curate.ts";
import type { Database } from "../../../src/store/db.ts";
import { exportGraph } from "../../../src/store/export.ts";
import { importGraph, parseExport } from "../../../src/store/import.ts";
import { deleteDocument, ingestText } from "../../../src/store/ingest.ts";
import { reextract } from "../../../src/store/reextract.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { clusterFiles, report } from "./clusters.ts";

const MEETING_FILES = clusterFiles.filter((f) => /^[a-f]\d/.test(f));
const FOLLOWUPS = path.resolve("tests/fixtures/followups");
const followup = (f: string) => ({ text: fs.readFileSync(path.join(FOLLOWUPS, f), "utf8"), source: `followups/${f}` });

/** Each event as "kind date: reports with rules". */
async function events(db: Database): Promise<string[]> {
  const rows = await db.prisma.meeting.findMany({ include: { mentions: { include: { document: { select: { source: true } } } } } });
  return rows
    .map((m) => `${m.kind} ${m.date}: ${m.mentions.map((x) => `${x.document.source.replace("clusters/", "")}#${x.ordinal}(${x.rule})`).sort().join(" ")}`)
    .sort();
}

async function instruments(db: Database): Promise<string[]> {
  const rows = await db.prisma.agreement.findMany({
    where: { document: { source: { startsWith: "followups/" } } },
    include: { mentions: { include: { document: { select: { source: true } } } } },
  });
  return rows.map((a) => `${a.kind} ${a.status}: ${a.mentions.map((x) => `${x.document.source.replace("followups/", "")}(${x.rule})`).sort().join(" ")}`).sort();
}

async function mentionKey(db: Database, file: string, ordinal = 0): Promise<string> {
  const d = await db.prisma.document.findUniqueOrThrow({ where: { source: `clusters/${file}` }, select: { contentHash: true } });
  return `${d.contentHash}/${ordinal}`;
}

async function eventOf(db: Database, file: string, ordinal = 0): Promise<number> {
  const m = await db.prisma.meetingMention.findFirstOrThrow({ where: { document: { source: `clusters/${file}` }, ordinal } });
  return m.meetingId!;
}

const RECEPTION = "reception 2024-03-12: a1-vnanews.txt#0(shared_officials) a2-dailynews.txt#0(shared_officials) a3-monthly.txt#0(shared_officials) f1-two-events.txt#0(key)";
const LATER = "reception 2024-04-16: b1-near-later.txt#0(key)";

async function rejects(p: Promise<unknown>, code: string, message: RegExp) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CurationError);
  expect((e as CurationError).code).toBe(code);
  expect((e as Error).message).toMatch(message);
}

describe("curator decisions", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of MEETING_FILES) await ingestText(db.prisma, report(f));
    for (const f of ["p1-proposal-june.txt", "p2-mou-signed-december.txt", "b1-before.txt"]) await ingestText(db.prisma, followup(f));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("joins two meetings into one, recorded as the curator's rule, and keeps it through reextract --all", async () => {
    const before = await events(db);
    expect(before).toContain(RECEPTION);
    expect(before).toContain(LATER);
    const decision = await joinEvents(db.prisma, [
      { kind: "meeting", id: await eventOf(db, "a1-vnanews.txt") },
      { kind: "meeting", id: await eventOf(db, "b1-near-later.txt") },
    ]);
    expect(decision.action).toBe("join");
    expect(decision.mentions.map((m) => m.side)).toEqual([0, 0, 0, 0, 1]);
    const joined =
      "reception 2024-03-12: a1-vnanews.txt#0(shared_officials) a2-dailynews.txt#0(shared_officials) a3-monthly.txt#0(shared_officials) b1-near-later.txt#0(curator:join) f1-two-events.txt#0(key)";
    const after = await events(db);
    expect(after).toHaveLength(before.length - 1);
    expect(after).toContain(joined);
    expect(after).not.toContain(LATER);

    const summary = await reextract(db.prisma, { all: true });
    expect(summary.failed).toBe(0);
    expect(await events(db)).toEqual(after);
    // Deleting a joined report and ingesting it again: the decision still holds it.
    await deleteDocument(db.prisma, (await db.prisma.document.findUniqueOrThrow({ where: { source: "clusters/b1-near-later.txt" } })).id);
    expect(await events(db)).toContain(RECEPTION);
    await ingestText(db.prisma, report("b1-near-later.txt"));
    expect(await events(db)).toEqual(after);
  });

  it("refuses a split that a join contradicts, then splits after the join is undone, through reextract --all", async () => {
    const a3 = await mentionKey(db, "a3-monthly.txt");
    await rejects(splitMentions(db.prisma, "meeting", [a3]), "BAD_INPUT", /joined these mentions: undo it first/);
    const [join] = await listDecisions(db.prisma);
    await undoDecision(db.prisma, join.id);
    expect(await events(db)).toContain(RECEPTION);
    expect(await events(db)).toContain(LATER);

    const split = await splitMentions(db.prisma, "meeting", [a3]);
    expect(split.mentions.filter((m) => m.side === 0).map((m) => m.key)).toEqual([a3]);
    const separated = await events(db);
    expect(separated).toContain("reception 2024-03-12: a1-vnanews.txt#0(shared_officials) a2-dailynews.txt#0(shared_officials) f1-two-events.txt#0(key)");
    // On its own, the month-precision report keeps its own kind word.
    expect(separated).toContain("meeting 2024-03: a3-monthly.txt#0(curator:split)");
    // The join the split contradicts is refused the other way round too.
    await rejects(
      joinEvents(db.prisma, [
        { kind: "meeting", id: await eventOf(db, "a3-monthly.txt") },
        { kind: "meeting", id: await eventOf(db, "a1-vnanews.txt") },
      ]),
      "BAD_INPUT",
      /keeps these meetings apart/,
    );

    await reextract(db.prisma, { all: true });
    expect(await events(db)).toEqual(separated);
    // In any order: with every report gone and back (the decision stays, keyed by content), the same events.
    for (const d of await db.prisma.document.findMany({ where: { source: { startsWith: "clusters/" } }, select: { id: true } })) await deleteDocument(db.prisma, d.id);
    expect(await db.prisma.meeting.count()).toBe(1); // the followups/ talks
    for (const f of [...MEETING_FILES].reverse()) await ingestText(db.prisma, report(f));
    expect(await events(db)).toEqual(separated);
  });

  it("joins instruments of different titles and keeps the history of both", async () => {
    const ids = (await db.prisma.agreement.findMany({ where: { document: { source: { startsWith: "followups/" } } }, select: { id: true } })).map((a) => a.id);
    expect(ids).toHaveLength(2);
    const before = await instruments(db);
    expect(before).toHaveLength(2);
    expect(before[0]).toBe("agreement signed: b1-before.txt(key)");
    expect(before[1]).toMatch(/^mou signed: p1-proposal-june\.txt\((key|same_title)\) p2-mou-signed-december\.txt\((key|same_title)\)$/);
    await joinEvents(db.prisma, ids.map((id) => ({ kind: "agreement" as const, id })));
    const one = await instruments(db);
    expect(one).toHaveLength(1);
    // One history of three steps; whichever mention names it, the other title joined by the curator's word.
    expect(one[0]).toMatch(/^(agreement|mou) signed: b1-before\.txt\((key|curator:join)\) p1-proposal-june\.txt\(\S+\) p2-mou-signed-december\.txt\(\S+\)$/);
    expect(one[0].match(/curator:join/g)?.length).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.agreementMention.count({ where: { agreementId: { not: null }, document: { source: { startsWith: "followups/" } } } })).toBe(3);
    await reextract(db.prisma, { all: true });
    expect(await instruments(db)).toEqual(one);
  });

  it("says clearly what is wrong with bad input", async () => {
    const meeting = await eventOf(db, "c1-other-guest.txt");
    const agreement = (await db.prisma.agreement.findFirstOrThrow()).id;
    await rejects(joinEvents(db.prisma, [{ kind: "meeting", id: meeting }, { kind: "meeting", id: 999_999 }]), "NOT_FOUND", /no meeting 999999/);
    await rejects(joinEvents(db.prisma, [{ kind: "meeting", id: meeting }, { kind: "agreement", id: agreement }]), "BAD_INPUT", /cannot join a meeting with an agreement/);
    await rejects(joinEvents(db.prisma, [{ kind: "meeting", id: meeting }, { kind: "meeting", id: meeting }]), "BAD_INPUT", /two or more different events/);
    await rejects(splitMentions(db.prisma, "meeting", [await mentionKey(db, "c1-other-guest.txt")]), "BAD_INPUT", /has one mention: there is nothing to split/);
    await rejects(splitMentions(db.prisma, "meeting", [`${"0".repeat(64)}/0`]), "NOT_FOUND", /no meeting mention 0{64}\/0/);
    await rejects(splitMentions(db.prisma, "meeting", ["12/0"]), "BAD_INPUT", /not a mention key/);
    const call = [await mentionKey(db, "d1-call-korea.txt"), await mentionKey(db, "d3-call-korea-again.txt")];
    await rejects(splitMentions(db.prisma, "meeting", call), "BAD_INPUT", /these are all 2 mentions/);
    await rejects(splitMentions(db.prisma, "meeting", [call[0], await mentionKey(db, "a1-vnanews.txt")]), "BAD_INPUT", /belong to different meetings/);
    await rejects(undoDecision(db.prisma, 999_999), "NOT_FOUND", /no curator decision 999999/);
  });

  it("carries decisions through export and import", async () => {
    const lines: string[] = [];
    await exportGraph(db.prisma, (l) => void lines.push(l));
    const decisionLines = lines.filter((l) => l.includes('"type":"decision"'));
    expect(decisionLines).toHaveLength(2);
    const other = await freshDatabase();
    try {
      const summary = await importGraph(other.prisma, parseExport(lines.join("\n")));
      expect(summary.decisions).toBe(2);
      expect(await events(other)).toEqual(await events(db));
      expect(await instruments(other)).toEqual(await instruments(db));
      const strip = (ds: Awaited<ReturnType<typeof listDecisions>>) => ds.map(({ id: _, ...d }) => d);
      expect(strip(await listDecisions(other.prisma))).toEqual(strip(await listDecisions(db.prisma)));
      // Importing again adds nothing.
      expect((await importGraph(other.prisma, parseExport(lines.join("\n")))).decisions).toBe(0);
    } finally {
      await other.close();
      await dropDatabase(other.url);
    }
  });
});
