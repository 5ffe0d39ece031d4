// A real `node bin/diplograph.js reextract` child process, SIGKILLed after its first progress
// lines, then run again: the database ends as a fresh ingest would have built it.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../../src/extraction/index.ts";
import type { Database } from "../../../src/store/db.ts";
import { countOutdated, PENDING_PREFIX } from "../../../src/store/reextract.ts";
import { dropDatabase, freshDatabase } from "../../helpers/database.ts";
import { content, corpusDocs, ingestCurrent, ingestOlder, nodeIds, ROOT, survivorsKeepIds } from "./fixtures.ts";

const docs = corpusDocs(70);
const BIN = path.join(ROOT, "bin", "diplograph.js");
const PROGRESS = /^\[\s*\d+\/\d+\] /;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  progressLines: number;
}

/**
 * The child computes EXTRACTOR_VERSION from the extractor's sources when it starts; if they were
 * edited since this test process started, comparing with the fresh ingest made here is meaningless.
 */
function expectSameExtractor(run: Run): void {
  const version = /to re-extract with extractor (\S+)/.exec(run.stderr)?.[1];
  expect(version, `the extractor's sources changed while the test ran (${EXTRACTOR_VERSION} -> ${version}); run it again`).toBe(EXTRACTOR_VERSION);
}

/** Runs the CLI; with `killAfter`, SIGKILLs it once that many progress lines have appeared. */
function runCli(args: string[], url: string, killAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let progressLines = 0;
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => {
      stderr += b;
      progressLines = stderr.split("\n").filter((l) => PROGRESS.test(l)).length;
      if (killAfter !== undefined && progressLines >= killAfter && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, progressLines }));
  });
}

describe("reextract killed mid-run", () => {
  let freshContent: string[];
  const open: Database[] = [];

  beforeAll(async () => {
    const fresh = await freshDatabase();
    open.push(fresh);
    await ingestCurrent(fresh.prisma, docs);
    freshContent = await content(fresh.prisma, { evidencedOnly: true });
  }, 300_000);
  afterAll(async () => {
    for (const db of open) {
      await db.close();
      await dropDatabase(db.url);
    }
  });

  it("SIGKILL after the first progress lines, then a rerun, gives the same graph as a fresh ingest", async () => {
    const db = await freshDatabase();
    open.push(db);
    await ingestOlder(db.prisma, docs);
    const before = await nodeIds(db.prisma);

    const killed = await runCli(["reextract"], db.url, 3);
    expect(killed.signal).toBe("SIGKILL");
    expectSameExtractor(killed);
    const left = await countOutdated(db.prisma);
    // Really in the middle: some documents done, some not.
    expect(left, killed.stderr).toBeGreaterThan(0);
    expect(left, killed.stderr).toBeLessThan(docs.length);

    const rerun = await runCli(["reextract"], db.url);
    expect(rerun.code, rerun.stderr).toBe(0);
    expectSameExtractor(rerun);
    expect(rerun.stderr).toContain(`${left} document(s) to re-extract`);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`re-extracted ${left} of ${left} document\\(s\\)`));
    expect(rerun.stdout).toMatch(/officials \+\d+ -\d+, organizations \+\d+ -\d+, countries \+\d+ -\d+\nmeetings \+\d+ -\d+, proposals \+\d+ -\d+, agreements \+\d+ -\d+/);
    expect(rerun.progressLines).toBe(left);
    expect(await countOutdated(db.prisma)).toBe(0);
    expect(await content(db.prisma, { evidencedOnly: true })).toEqual(freshContent);

    survivorsKeepIds(before, await nodeIds(db.prisma));

    const again = await runCli(["reextract"], db.url);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("all documents are current");
  }, 300_000);

  it("a killed `reextract --all` resumes on the next `reextract --all`", async () => {
    const db = await freshDatabase();
    open.push(db);
    await ingestCurrent(db.prisma, docs);
    const ids = await nodeIds(db.prisma);

    const killed = await runCli(["reextract", "--all"], db.url, 3);
    expect(killed.signal).toBe("SIGKILL");
    expectSameExtractor(killed);
    const left = await db.prisma.document.count({ where: { extractorVersion: { startsWith: PENDING_PREFIX } } });
    expect(left, killed.stderr).toBeGreaterThan(0);
    expect(left, killed.stderr).toBeLessThan(docs.length);

    const rerun = await runCli(["reextract", "--all"], db.url);
    expect(rerun.code, rerun.stderr).toBe(0);
    expectSameExtractor(rerun);
    expect(rerun.stderr).toContain(`resuming: ${left} document(s) to re-extract`);
    expect(rerun.stdout).toContain("(resumed an interrupted run)");
    expect(await countOutdated(db.prisma)).toBe(0);
    expect(await content(db.prisma, { evidencedOnly: true })).toEqual(freshContent);
    const gone = survivorsKeepIds(ids, await nodeIds(db.prisma));
    expect(gone.filter((k) => !k.startsWith("country:"))).toEqual([]);
  }, 300_000);
});
