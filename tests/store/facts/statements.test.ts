// Statements per ingested document (issue #16): resolving meetings and agreements across reports
// must not cost ingestion speed. Counted, not timed: the number of SQL statements one document
// takes is what the resolver can change, and it does not vary with the machine's load.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { generateCorpus } from "../../../bench/corpus.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { dropDatabase, freshDatabase, testProvider } from "../../helpers/database.ts";

const REPORT = fs.readFileSync(path.resolve("seeds/000_8351da674720dd2b.txt"), "utf8");
// The same reception as another outlet told it: one meeting that joins the first report's event,
// three proposals made there, three agreements that join its instruments, a target.
const RETOLD = `${REPORT.trimEnd()}\n\nBoth sides agreed to keep in close contact, the ministry said.\n`;
// Recording the document's changes in the change feed (src/store/changes.ts): the notes folded into
// entries, the notes cleared, the expired entries pruned. PostgreSQL takes the feed's lock and does
// the rest in the same statement. Before issue #16's fold in SQL, 3 on SQLite and 4 on PostgreSQL
// (the notes read back to the client and cleared, the lock, the entries written, the prune); then 2
// on PostgreSQL (the lock, then the rest).
const CHANGE_FEED = testProvider === "postgresql" ? 1 : 3;
// PostgreSQL locks what resolution rewrites (src/store/facts/locks.ts): the meeting's officials and
// the instruments' titles, in one statement (two, one per resolver, before issue #16's lockAhead);
// since ingest25 that statement is the officials' refresh, which carries them (aheadLocks), so the
// locks cost no statement of their own. SQLite writers are serialised already.
const RESOLUTION_LOCKS = testProvider === "postgresql" ? 1 : 0;
// The document's aliases and reported names (Alias, OfficialMention), and its topics and its
// proposals' topics and counterparts with the evidence (DocumentTopic, ProposalTopic,
// ProposalCounterpart, Evidence): on PostgreSQL one statement each group (src/store/sql.ts
// insertAll), on SQLite one a table. Five on both before issue #16's grouping; the counterparts
// (facts/follow-ups.ts: a meeting's candidate proposals by pairs of its participants) since ingest25.
const PAIRED_INSERTS = testProvider === "postgresql" ? 2 : 6;

describe("statements per ingested document", () => {
  let db: Database;
  let statements: string[] = [];
  let counting = false;
  beforeAll(async () => {
    db = await freshDatabase({ onQuery: (sql) => counting && statements.push(sql) });
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  // Every statement the tests below sent.
  const sentAll: string[] = [];

  async function ingestCounting(text: string, source: string): Promise<string[]> {
    statements = [];
    counting = true;
    try {
      await ingestText(db.prisma, { text, source });
    } finally {
      counting = false;
    }
    sentAll.push(...statements);
    return statements;
  }

  it("writes a first report's new event and instruments with evidence and proposals pointing at them", async () => {
    const sent = await ingestCounting(REPORT, "a/reception.txt");
    // Before: 40 (the mentions read back, evidence and proposals updated after resolution), then 35.
    // Since issue #12's last parts: 45 = 35 + 2 curator-decision look-ups (one per resolver) + 8 for
    // follow-ups (candidates of the new proposals, the touched event and instruments and their
    // candidate proposals, the rewrite). 46 since the word index of proposals (one insert of the new
    // proposals' words; the instruments' candidate searches are one statement). 43 since a new
    // report's instruments are resolved by one look-up per kind and title (facts/agreements.ts
    // joinKnown) instead of reading the titles' mentions, their parties, decisions and instruments.
    // 40 since the document's countries, organisations, officials and topics are read by key in one
    // statement (nodes/find-or-create.ts prefetchNodes) instead of four. 41 since the follow-up search
    // reads the touched instruments in one statement of index seeks and works out the countries of
    // the new report's mentions once (two statements; kept on the mention). 39 since the follow-up
    // search reads an event's row with its facts, and the instruments' steps with the speakers'
    // meetings, in one statement each. 38 since the identity walk's first statement also answers
    // where its names' mentions sit (nodes/identity.ts), which a second statement read again. 37
    // since a new document's row is written unless its content or source is stored (ingest.ts),
    // without a look-up first. The inserts of PAIRED_INSERTS are counted apart since. 36 since the
    // meetings' resolution reads the curator's decisions only when some decision on meetings exists
    // (facts/decisions.ts anyDecision, asked with the neighbourhood's first read).
    expect(sent.length).toBe(31 + 2 + CHANGE_FEED + PAIRED_INSERTS);
    expect(sent.filter((s) => /FROM "CuratorDecisionMention"/.test(s))).toEqual([]);
    const locking = sent.filter((s) => /pg_advisory_xact_lock\(s, k\)/.test(s));
    expect(locking).toHaveLength(RESOLUTION_LOCKS);
    for (const s of locking) expect(s).toMatch(/FROM "Official" o WHERE o\."id" IN .* UNION ALL SELECT CAST\(-1 AS INTEGER\)/s);
    // The names' loose index scan of OfficialMention ("nk", "nc", "placed") runs once.
    expect(sent.filter((s) => /^WITH RECURSIVE "nk"/.test(s))).toHaveLength(1);
    expect(sent.filter((s) => /^SELECT .* FROM "(Country|Organization|Official|Topic)" WHERE "(code|key|name)" IN/.test(s))).toHaveLength(1);
    expect(sent.filter((s) => /^UPDATE "(Evidence|Proposal)"/.test(s))).toEqual([]);
    const meeting = await db.prisma.meeting.findFirstOrThrow({ select: { id: true } });
    const proposals = await db.prisma.proposal.findMany({ select: { meetingId: true } });
    expect(proposals.map((p) => p.meetingId)).toEqual([meeting.id, meeting.id, meeting.id]);
    expect(await db.prisma.evidence.count({ where: { meetingMentionId: { not: null }, meetingId: meeting.id } })).toBeGreaterThan(0);
    expect(await db.prisma.evidence.count({ where: { meetingMentionId: { not: null }, meetingId: null } })).toBe(0);
    expect(await db.prisma.evidence.count({ where: { agreementMentionId: { not: null }, agreementId: null } })).toBe(0);
  });

  it("resolves a second report of the same encounter into the existing event and instruments", async () => {
    const sent = await ingestCounting(RETOLD, "b/reception.txt");
    // Before: 43, then 34; 44 with the decision look-ups and follow-ups (as above); 45 with the word index;
    // 46 with the one look-up per kind and title for the instruments (facts/agreements.ts joinKnown):
    // these instruments name a proposer, which the look-up cannot settle without their history, so
    // it falls back to the full resolution after it. 43 with the nodes read in one statement; 44 with
    // the countries of the new mentions (as above); 42 with the follow-up reads folded (as above); 41
    // with the identity walk answering the placements (as above); 40 with the document's row written
    // without a look-up first (as above); PAIRED_INSERTS apart (as above); 38 with no decision read
    // by either resolver while no decision exists (as above; the instruments' with their mentions).
    expect(sent.length).toBe(33 + 2 + CHANGE_FEED + PAIRED_INSERTS);
    expect(sent.filter((s) => /FROM "CuratorDecisionMention"/.test(s))).toEqual([]);
    expect(sent.filter((s) => /^UPDATE "(Evidence|Proposal)"/.test(s))).toEqual([]);
    expect(await db.prisma.meeting.count()).toBe(1);
    expect(await db.prisma.agreement.count()).toBe(3);
    const meeting = await db.prisma.meeting.findFirstOrThrow({ select: { id: true, _count: { select: { mentions: true, proposals: true } } } });
    expect(meeting._count).toEqual({ mentions: 2, proposals: 6 });
    expect(await db.prisma.evidence.count({ where: { meetingMentionId: { not: null }, meetingId: { not: meeting.id } } })).toBe(0);
    expect(await db.prisma.evidence.count({ where: { agreementMentionId: { not: null }, agreementId: null } })).toBe(0);
    const instruments = await db.prisma.agreement.findMany({ select: { _count: { select: { mentions: true, evidence: true } } } });
    for (const i of instruments) expect(i._count.mentions).toBe(2);
  });

  it("sends texts that repeat from one document to the next: ids bound, look-up lists padded to powers of two", () => {
    // SQLite compiles every new statement text (about 0.4 ms for these two): an id written into the
    // text, or a list of any length, made nearly every document's text new (issue #16).
    for (const s of sentAll.filter((s) => /"agreementId", p\."id" FROM/.test(s))) expect(s).toMatch(/^SELECT CAST\((\?|\$1) AS INTEGER\) AS "agreementId"/);
    const prefetch = sentAll.filter((s) => /^SELECT '(Country|Organization|Official|Topic)' AS "t"/.test(s));
    expect(prefetch.length).toBeGreaterThan(0);
    for (const s of prefetch) {
      for (const list of s.match(/ IN \(([^()]*)\)/g)!) {
        const n = list.split(",").length;
        expect(n & (n - 1)).toBe(0);
      }
    }
  });

  it("moves agreement parties with their instrument only when a moved mention has parties", async () => {
    // The seed report's instruments name parties: their rows follow the instrument (above).
    const withParties = sentAll.filter((s) => /^UPDATE "AgreementParty"/.test(s));
    expect(withParties.length).toBeGreaterThan(0);
    // Reports whose instruments name no party send no update of the parties (it would match no row).
    let agreementsWithoutParties = 0;
    for (const d of [...generateCorpus({ docs: 40, seed: 4_242, startDate: "2022-05-01", perDay: 4 })]) {
      const sent = await ingestCounting(d.text, `corpus/${d.name}.txt`);
      const doc = await db.prisma.document.findUniqueOrThrow({ where: { source: `corpus/${d.name}.txt` }, select: { agreementMentions: { select: { _count: { select: { parties: true } } } } } });
      const parties = doc.agreementMentions.reduce((n, m) => n + m._count.parties, 0);
      if (doc.agreementMentions.length && !parties) {
        agreementsWithoutParties++;
        expect(sent.filter((s) => /^UPDATE "AgreementParty"/.test(s))).toEqual([]);
      }
    }
    expect(agreementsWithoutParties).toBeGreaterThan(0);
    // Every party sits on its mention's instrument.
    const parties = await db.prisma.agreementParty.findMany({ select: { agreementId: true, mention: { select: { agreementId: true } } } });
    expect(parties.length).toBeGreaterThan(0);
    for (const p of parties) expect(p.agreementId).toBe(p.mention.agreementId);
  }, 120_000);
});
