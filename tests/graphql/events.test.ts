// Meeting.mentions and Agreement.history through the API, over the report clusters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { report } from "../store/facts/clusters.ts";
import { run } from "./exec.ts";

describe("events in the API", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of ["a1-vnanews.txt", "a2-dailynews.txt", "f1-two-events.txt", "f2-seoul.txt", "g1-mou-signed.txt", "g2-mou-in-force.txt"]) await ingestText(db.prisma, report(f));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  it("lists each meeting once with every report's account", async () => {
    const r = await run(
      db,
      `{ meetings(first: 10, from: "2024-03-12", to: "2024-03-12") { totalCount nodes { kind date location
          mentions { kind rule date document { source } evidence { text } participants { role official { name } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const meetings = (r.data as any).meetings;
    expect(meetings.totalCount).toBe(1);
    const m = meetings.nodes[0];
    expect([m.kind, m.date, m.location]).toEqual(["RECEPTION", "2024-03-12", "Hanoi"]);
    expect(m.mentions.map((x: any) => `${x.document.source} ${x.kind}`).sort()).toEqual([
      "clusters/a1-vnanews.txt RECEPTION",
      "clusters/a2-dailynews.txt TALKS",
      "clusters/f1-two-events.txt RECEPTION",
    ]);
    const talks = m.mentions.find((x: any) => x.kind === "TALKS");
    expect(talks.evidence.map((e: any) => e.text)).toContain("held talks with");
    expect(talks.participants.map((p: any) => p.role)).toEqual(["PARTICIPANT", "PARTICIPANT"]);
  });

  it("gives an agreement's history, latest status and signing date", async () => {
    const r = await run(db, `{ agreements(first: 10) { totalCount nodes { status signedOn history { status date rule document { source } } } } }`);
    expect(r.errors).toBeUndefined();
    const a = (r.data as any).agreements;
    expect(a.totalCount).toBe(1);
    expect(a.nodes[0].status).toBe("IN_FORCE");
    expect(a.nodes[0].signedOn).toBe("2024-09-10");
    expect(a.nodes[0].history.map((h: any) => `${h.date} ${h.status} ${h.document.source}`)).toEqual([
      "2024-03-14 PROPOSED clusters/f2-seoul.txt",
      "2024-03-15 PROPOSED clusters/f1-two-events.txt",
      "2024-09-10 SIGNED clusters/g1-mou-signed.txt",
      "2025-01-05 IN_FORCE clusters/g2-mou-in-force.txt",
    ]);
  });
});
