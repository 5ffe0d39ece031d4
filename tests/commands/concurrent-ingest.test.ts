import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { openDatabase } from "../../src/store/db.ts";
import { dropDatabase, freshDatabaseUrl } from "../helpers/database.ts";

const run = promisify(execFile);
const BIN = path.resolve("bin/diplograph.js");
const DOCS = 200;
const PROCESSES = 4;

async function tally(url: string) {
  const db = await openDatabase(url);
  try {
    const p = db.prisma;
    return {
      documents: await p.document.count(),
      officials: await p.official.count(),
      organizations: await p.organization.count(),
      countries: await p.country.count(),
      meetings: await p.meeting.count(),
      proposals: await p.proposal.count(),
      agreements: await p.agreement.count(),
      evidence: await p.evidence.count(),
    };
  } finally {
    await db.close();
  }
}

describe(`${PROCESSES} concurrent ingest processes over ${DOCS} overlapping documents`, () => {
  let files: string[];
  const urls: string[] = [];
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-concurrent-"));
    files = [];
    for (const doc of generateCorpus({ docs: DOCS, seed: 4242 })) {
      const file = path.join(dir, `${doc.name}.txt`);
      fs.writeFileSync(file, doc.text);
      files.push(file);
    }
  });
  afterAll(async () => {
    for (const url of urls) await dropDatabase(url);
  });

  it("ends with the same graph as one process, no duplicates and no failed document", async () => {
    const concurrentUrl = await freshDatabaseUrl();
    const sequentialUrl = await freshDatabaseUrl();
    urls.push(concurrentUrl, sequentialUrl);

    // Each process takes half the corpus, starting a quarter further on: every document is
    // ingested by two processes at about the same time.
    const slices = Array.from({ length: PROCESSES }, (_, i) =>
      Array.from({ length: DOCS / 2 }, (_, k) => files[(i * (DOCS / PROCESSES) + k) % DOCS]),
    );
    const runs = await Promise.all(
      slices.map((slice) => run(process.execPath, [BIN, "ingest", ...slice], { env: { ...process.env, DATABASE_URL: concurrentUrl }, maxBuffer: 1 << 24 })),
    );
    for (const r of runs) expect(r.stdout).toMatch(/0 failed\)/);

    await run(process.execPath, [BIN, "ingest", ...files], { env: { ...process.env, DATABASE_URL: sequentialUrl }, maxBuffer: 1 << 24 });
    const concurrent = await tally(concurrentUrl);
    const sequential = await tally(sequentialUrl);
    expect(concurrent.documents).toBe(DOCS);
    expect(concurrent.officials).toBeGreaterThan(10);
    expect(concurrent).toEqual(sequential);
  }, 600_000);
});
