// `diplograph curate`: join, split, list and undo from the command line, over the report clusters.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curateCommand, CurateUsageError, parseEventRef } from "../../src/commands/curate.ts";
import type { Database } from "../../src/store/db.ts";
import { ingestText } from "../../src/store/ingest.ts";
import { reextract } from "../../src/store/reextract.ts";
import { dropDatabase, freshDatabase } from "../helpers/database.ts";
import { report } from "../store/facts/clusters.ts";

const run = promisify(execFile);

describe("diplograph curate", () => {
  let db: Database;
  let out: string[] = [];
  let err: string[] = [];
  const curate = async (...args: string[]) => {
    out = [];
    err = [];
    return curateCommand(db.prisma, args, { out: (l) => void out.push(l), err: (l) => void err.push(l), kind: undefined });
  };
  beforeAll(async () => {
    db = await freshDatabase();
    for (const f of ["a1-vnanews.txt", "a2-dailynews.txt", "b1-near-later.txt", "d1-call-korea.txt", "d3-call-korea-again.txt"]) await ingestText(db.prisma, report(f));
  });
  afterAll(async () => {
    await db.close();
    await dropDatabase(db.url);
  });

  const eventOf = async (f: string) => (await db.prisma.meetingMention.findFirstOrThrow({ where: { document: { source: `clusters/${f}` } } })).meetingId!;
  const keyOf = async (f: string) => `${(await db.prisma.document.findUniqueOrThrow({ where: { source: `clusters/${f}` } })).contentHash}/0`;

  it("reads events as meeting:ID, agreement:ID or global IDs", () => {
    expect(parseEventRef("meeting:12")).toEqual({ kind: "meeting", id: 12 });
    expect(parseEventRef(Buffer.from("Agreement:7").toString("base64"))).toEqual({ kind: "agreement", id: 7 });
    expect(() => parseEventRef("official:3")).toThrow(CurateUsageError);
    expect(() => parseEventRef(Buffer.from("Official:3").toString("base64"))).toThrow(/not an event/);
  });

  it("joins, lists, splits and undoes; the join survives reextract --all", async () => {
    expect(await db.prisma.meeting.count()).toBe(3);
    expect(await curate("list")).toBe(0);
    expect(out).toEqual(["no curator decisions"]);

    expect(await curate("join", `meeting:${await eventOf("a1-vnanews.txt")}`, `meeting:${await eventOf("b1-near-later.txt")}`)).toBe(0);
    expect(out[0]).toMatch(/^joined: 1\tjoin meetings\t/);
    expect(await db.prisma.meeting.count()).toBe(2);
    await reextract(db.prisma, { all: true });
    expect(await db.prisma.meeting.count()).toBe(2);
    expect((await db.prisma.meetingMention.findFirstOrThrow({ where: { document: { source: "clusters/b1-near-later.txt" } } })).rule).toMatch(/^(key|curator:join)$/);

    // Bad input: a clear message and exit status 1, nothing changed.
    expect(await curate("split", await keyOf("a2-dailynews.txt"))).toBe(1);
    expect(err).toEqual(["diplograph curate: decision 1 joined these mentions: undo it first"]);
    expect(await curate("join", "meeting:999999", `meeting:${await eventOf("a1-vnanews.txt")}`)).toBe(1);
    expect(err).toEqual(["diplograph curate: no meeting 999999"]);
    await expect(curate("undo", "x")).rejects.toThrow(/one decision number/);
    await expect(curate("join", "meeting:1")).rejects.toThrow(/two or more events/);
    await expect(curate("frobnicate")).rejects.toThrow(/unknown curate action/);

    expect(await curate("undo", "1")).toBe(0);
    expect(await db.prisma.meeting.count()).toBe(3);
    expect(await curate("split", await keyOf("d3-call-korea-again.txt"))).toBe(0);
    expect(out[0]).toMatch(/^split: 2\tsplit meetings\t/);
    expect(await db.prisma.meeting.count()).toBe(4);
    expect(await curate("list")).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(`${await keyOf("d3-call-korea-again.txt")} | ${await keyOf("d1-call-korea.txt")}`);
  });

  it("runs as a command of the diplograph binary", async () => {
    const bin = path.resolve("bin/diplograph.js");
    const { stdout } = await run(process.execPath, [bin, "curate", "list"], { env: { ...process.env, DATABASE_URL: db.url } });
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const refused = await run(process.execPath, [bin, "curate", "undo"], { env: { ...process.env, DATABASE_URL: db.url } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toContain("curate undo needs one decision number");
  });
});
