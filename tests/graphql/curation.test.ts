// Proposal.followUps and the curator's mutations through the API: follow-ups batch-loaded (the
// statement count does not grow with the proposals listed), mutations guarded by the write token.
import fs from "node:fs";
import path from "node:path";
import { graphql } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/graphql/context.ts";
import { buildGraphQLSchema } from "../../src/graphql/schema.ts";
import { toGlobalId } from "../../src/ids.ts";
import { decideAccess } from "../../src/graphql/security/auth.ts";
import type { Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { report } from "../store/facts/clusters.ts";

const DIR = path.resolve("tests/fixtures/followups");
const SECURITY = { writeToken: "curator-token", readToken: null, allowAnonymousWrites: false };

describe("follow-ups and curation in the API", () => {
  let db: Database;
  let statements: string[] = [];
  beforeAll(async () => {
    db = await freshDatabase({ onQuery: (sql) => statements.push(sql) });
    for (const f of fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
      await ingestText(db.prisma, { text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `followups/${f}` });
    }
    for (const f of ["a1-vnanews.txt", "a2-dailynews.txt", "b1-near-later.txt"]) await ingestText(db.prisma, report(f));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  async function exec(source: string, variableValues?: Record<string, unknown>, token?: string) {
    const schema = await buildGraphQLSchema();
    const contextValue = { ...createContext(db), access: decideAccess(SECURITY, token ? { authorization: `Bearer ${token}` } : {}) };
    statements = [];
    const result = await graphql({ schema, source, variableValues, contextValue });
    return JSON.parse(JSON.stringify(result)) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
  }

  it("lists what came of each proposal with its evidence, in a fixed number of statements", async () => {
    const query = `query ($first: Int) { proposals(first: $first) { nodes { text followUps { kind score rule
        evidence { keywords topics countries officials steps } agreement { title status } meeting { kind date } } } } }`;
    const r = await exec(query, { first: 10 });
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.proposals.nodes;
    const withFollowUps = nodes.filter((p: any) => p.followUps.length);
    expect(withFollowUps).toHaveLength(2);
    // Dien's suggestion to Ambassador Yamada at the March reception: they meet again in April.
    const march = withFollowUps.find((p: any) => p.text.includes("energy transition"));
    expect(march.followUps.map((f: any) => `${f.kind} ${f.meeting?.date} ${f.rule}`)).toEqual(["MEETING 2024-04-16 meeting_parties"]);
    const june = withFollowUps.find((p: any) => p.text.includes("semiconductor supply chains"));
    const [agreement, meeting] = june.followUps;
    expect(agreement).toEqual({
      kind: "AGREEMENT",
      score: 1,
      rule: "agreement_title",
      evidence: { keywords: ["chains", "semiconductor", "supply"], topics: [], countries: ["JP", "VN"], officials: [], steps: ["2024-12-05 signed"] },
      agreement: { title: "Memorandum of Understanding on cooperation in semiconductor supply chains", status: "SIGNED" },
      meeting: null,
    });
    expect(meeting).toMatchObject({ kind: "MEETING", rule: "meeting_parties", meeting: { kind: "RECEPTION", date: "2024-09-20" }, agreement: null });
    expect(meeting.evidence.officials).toEqual(["dien hong nguyen@vn", "ken saito@jp"]);
    // No N+1: one proposal listed or all of them, the same statements.
    const many = statements.length;
    await exec(query, { first: 1 });
    expect(statements.length).toBe(many);
  });

  it("refuses curation without the write token", async () => {
    const r = await exec(`mutation { undoCuratorDecision(id: 1) { id } }`);
    expect(r.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await exec(`mutation { undoCuratorDecision(id: 1) { id } }`, {}, "not-the-token");
    expect(wrong.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("joins, splits and undoes with the token, and says what is wrong with bad input", async () => {
    const receptions = await db.prisma.meeting.findMany({ where: { kind: "reception", mentions: { some: { document: { source: { startsWith: "clusters/" } } } } }, orderBy: { date: "asc" } });
    expect(receptions.map((m) => m.date)).toEqual(["2024-03-12", "2024-04-16"]);
    const ids = receptions.map((m) => toGlobalId("Meeting", m.id));

    const joined = await exec(
      `mutation ($ids: [ID!]!) { joinEvents(ids: $ids, note: "the same reception, misdated") { id action kind note mentions { key side } } }`,
      { ids },
      SECURITY.writeToken,
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinEvents).toMatchObject({ action: "JOIN", kind: "MEETING", note: "the same reception, misdated" });
    expect(joined.data!.joinEvents.mentions.map((m: any) => m.side)).toEqual([0, 0, 1]);
    const event = await exec(`{ meetings(first: 5, from: "2024-03-01", to: "2024-04-30") { totalCount nodes { mentions { key rule document { source } } } } }`);
    const receptionEvents = event.data!.meetings.nodes.filter((m: any) => m.mentions.some((x: any) => x.document.source.startsWith("clusters/")));
    expect(receptionEvents).toHaveLength(1);
    const rules = Object.fromEntries(receptionEvents[0].mentions.map((x: any) => [x.document.source, x.rule]));
    expect(Object.keys(rules).sort()).toEqual(["clusters/a1-vnanews.txt", "clusters/a2-dailynews.txt", "clusters/b1-near-later.txt"]);
    // Whichever report names the event (by content hash), the month-later one is in it by the curator's word only.
    expect(rules["clusters/b1-near-later.txt"]).toMatch(/^(key|curator:join)$/);
    expect(Object.values(rules).filter((r) => r === "curator:join").length).toBeGreaterThanOrEqual(1);
    expect(receptionEvents[0].mentions.every((x: any) => /^[0-9a-f]{64}\/\d+$/.test(x.key))).toBe(true);

    const listed = await exec(`{ curatorDecisions { id action } }`);
    expect(listed.data!.curatorDecisions).toEqual([{ id: joined.data!.joinEvents.id, action: "JOIN" }]);

    // Bad input, each with its reason.
    const agreement = await db.prisma.agreement.findFirstOrThrow();
    const mixed = await exec(`mutation ($ids: [ID!]!) { joinEvents(ids: $ids) { id } }`, { ids: [ids[0], toGlobalId("Agreement", agreement.id)] }, SECURITY.writeToken);
    expect(mixed.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cannot join a meeting with an agreement/), extensions: { code: "BAD_USER_INPUT" } });
    const unknown = await exec(`mutation ($ids: [ID!]!) { joinEvents(ids: $ids) { id } }`, { ids: [ids[0], toGlobalId("Meeting", 999_999)] }, SECURITY.writeToken);
    expect(unknown.errors?.[0]).toMatchObject({ message: "no meeting 999999", extensions: { code: "NOT_FOUND" } });
    const official = await db.prisma.official.findFirstOrThrow();
    const notEvent = await exec(`mutation ($ids: [ID!]!) { joinEvents(ids: $ids) { id } }`, { ids: [ids[0], toGlobalId("Official", official.id)] }, SECURITY.writeToken);
    expect(notEvent.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const lone = await db.prisma.meetingMention.findFirstOrThrow({ where: { document: { source: "followups/m1-meeting-september.txt" } }, include: { document: true } });
    const single = await exec(`mutation ($keys: [String!]!) { splitMentions(kind: MEETING, keys: $keys) { id } }`, { keys: [`${lone.document.contentHash}/0`] }, SECURITY.writeToken);
    expect(single.errors?.[0]).toMatchObject({ message: expect.stringMatching(/has one mention: there is nothing to split/), extensions: { code: "BAD_USER_INPUT" } });

    // Undo, then split a report off the reception.
    const undone = await exec(`mutation ($id: Int!) { undoCuratorDecision(id: $id) { id } }`, { id: joined.data!.joinEvents.id }, SECURITY.writeToken);
    expect(undone.errors).toBeUndefined();
    const a2 = await db.prisma.document.findUniqueOrThrow({ where: { source: "clusters/a2-dailynews.txt" } });
    const split = await exec(`mutation ($keys: [String!]!) { splitMentions(kind: MEETING, keys: $keys) { action mentions { key side } } }`, { keys: [`${a2.contentHash}/0`] }, SECURITY.writeToken);
    expect(split.errors).toBeUndefined();
    expect(split.data!.splitMentions.mentions.find((m: any) => m.side === 0).key).toBe(`${a2.contentHash}/0`);
    const mention = await db.prisma.meetingMention.findFirstOrThrow({ where: { documentId: a2.id } });
    expect(mention.rule).toBe("curator:split");
    expect(await db.prisma.meetingMention.count({ where: { meetingId: mention.meetingId } })).toBe(1);
  });
});
