// Bad documents through the real CLI: one `failed <file>: <reason>` line each, the good documents
// still go in, exit code 1, and nothing of a refused document reaches the database.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.ts";
import { dropDatabase, freshDatabaseUrl } from "../helpers/database.ts";
import { BINARY, DATED_HTML_PAGE, FRENCH, HTML_PAGE, LATIN1, RUSSIAN, SEED_A, SEED_B, UNDATED, VIETNAMESE, withDate } from "./fixtures.ts";
import { orphanCounts } from "./orphans.ts";

const run = promisify(execFile);
const BIN = path.resolve("bin/diplograph.js");

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: Record<string, string> = {}, prefix: string[] = []): Promise<CliResult> {
  const [file, ...rest] = [...prefix, process.execPath, BIN, ...args];
  try {
    const { stdout, stderr } = await run(file, rest, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `failed <source>: <reason>` lines by source. */
function failures(output: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of output.split("\n")) {
    const m = /^failed\s+(.*?): (.*)$/.exec(line);
    if (m) {
      expect(map.has(m[1]), `one line per file: ${m[1]}`).toBe(false);
      map.set(m[1], m[2]);
    }
  }
  return map;
}

function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

async function documentsIn(url: string): Promise<string[]> {
  const db = await openDatabase(url);
  try {
    return (await db.prisma.document.findMany({ select: { source: true }, orderBy: { source: "asc" } })).map((d) => d.source);
  } finally {
    await db.close();
  }
}

describe("ingest of a folder full of bad documents", () => {
  let dir: string;
  let url: string;
  let first: CliResult;
  const f = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = tmpDir("diplograph-bad-");
    fs.writeFileSync(f("good-a.txt"), SEED_A);
    fs.writeFileSync(f("good-b.txt"), SEED_B);
    fs.writeFileSync(f("empty.txt"), "");
    fs.writeFileSync(f("blank.txt"), "  \n\t\n   \r\n");
    fs.writeFileSync(f("header-only.txt"), " date 2023-06-13\n");
    fs.writeFileSync(f("binary.txt"), BINARY);
    fs.writeFileSync(f("latin1.txt"), LATIN1);
    fs.writeFileSync(f("undated.txt"), UNDATED);
    fs.writeFileSync(f("impossible.txt"), withDate("2023-02-30"));
    fs.writeFileSync(f("future.txt"), withDate("2099-01-01"));
    fs.writeFileSync(f("page.txt"), HTML_PAGE);
    fs.writeFileSync(f("dated-page.txt"), DATED_HTML_PAGE);
    fs.writeFileSync(f("big.txt"), withDate("2023-06-13", SEED_A) + " More of the same.".repeat(60_000)); // > 1 MiB
    fs.writeFileSync(f("vietnamese.txt"), VIETNAMESE);
    fs.writeFileSync(f("french.txt"), FRENCH);
    fs.writeFileSync(f("russian.txt"), RUSSIAN);
    // Unreadable, even for root: a dangling symlink and a symlink loop between two names.
    fs.symlinkSync(f("no-such-target.txt"), f("dangling.txt"));
    fs.symlinkSync(f("loop-b.txt"), f("loop-a.txt"));
    fs.symlinkSync(f("loop-a.txt"), f("loop-b.txt"));
    // A folder loop: sub/up -> .. (must not recurse forever, nor read good-a.txt twice).
    fs.mkdirSync(f("sub"));
    fs.symlinkSync(dir, f("sub/up"));
    fs.symlinkSync(f("good-a.txt"), f("sub/same-as-a.txt"));
    // A FIFO named explicitly: reading it would block forever.
    execFileSync("mkfifo", [f("pipe.txt")]);

    url = await freshDatabaseUrl();
    // good-a.txt named three times (directly, through ./ and in the folder): read once.
    first = await cli(["ingest", dir, f("good-a.txt"), path.join(dir, ".", "good-a.txt"), f("pipe.txt")], { DATABASE_URL: url });
  }, 120_000);

  afterAll(async () => {
    await dropDatabase(url);
  });

  it("exits 1 and stores the good documents once", async () => {
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^documents: 20 \(2 created, 0 replaced, 0 unchanged, 18 failed\)$/m);
    expect(await documentsIn(url)).toEqual([f("good-a.txt"), f("good-b.txt")].sort());
  });

  it("names each bad file once, with its reason", () => {
    const got = failures(first.stdout);
    const expected: Record<string, RegExp> = {
      "empty.txt": /^empty document$/,
      "blank.txt": /^empty document$/,
      "header-only.txt": /^empty document \(only a date header\)$/,
      "binary.txt": /binary file|binary content/,
      "latin1.txt": /not valid UTF-8/,
      "undated.txt": /^no date: /,
      "impossible.txt": /^the date header 2023-02-30 is an impossible date$/,
      "future.txt": /^the date header 2099-01-01 is in the future$/,
      // An HTML page goes through the page reader (by its first bytes); this one has no date.
      "page.txt": /^no date: the page has no article:published_time/,
      "dated-page.txt": /^an HTML page, not a plain-text report$/,
      "big.txt": /^file is \d+ bytes, over the limit of 1048576 bytes$/,
      "vietnamese.txt": /^not English: /,
      "french.txt": /^not English: /,
      "russian.txt": /^not English: .*Cyrillic/,
      "dangling.txt": /^no such file or folder$/,
      "loop-a.txt": /^symbolic link loop$/,
      "loop-b.txt": /^symbolic link loop$/,
    };
    for (const [name, reason] of Object.entries(expected)) {
      expect(got.get(f(name)), name).toMatch(reason);
    }
    expect(got.get(f("pipe.txt"))).toBe("not a regular file");
    // The FIFO was named explicitly; it is the 18th failure and is counted apart (see the summary: 17 from the folder + 1).
    expect(got.size).toBe(Object.keys(expected).length + 1);
  });

  it("leaves no row of a refused document behind", async () => {
    const db = await openDatabase(url);
    try {
      expect(await orphanCounts(db.prisma)).toEqual({ evidenceWithoutDocument: 0, factsWithoutDocument: 0, officialsWithoutEvidence: 0, organizationsWithoutEvidence: 0, documentsWithoutEvidence: 0 });
    } finally {
      await db.close();
    }
  });

  it("changes nothing on a second run and still reports every bad file", async () => {
    const again = await cli(["ingest", dir], { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/\(0 created, 0 replaced, 2 unchanged, 17 failed\)/);
    expect(await documentsIn(url)).toEqual([f("good-a.txt"), f("good-b.txt")].sort());
  }, 120_000);

  it("applies the same rules when extracting with worker threads", async () => {
    const other = await freshDatabaseUrl();
    try {
      const r = await cli(["ingest", "--workers", "2", dir], { DATABASE_URL: other });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/\(2 created, 0 replaced, 0 unchanged, 17 failed\)/);
      const serial = failures(first.stdout);
      const pooled = failures(r.stdout);
      for (const [source, reason] of serial) if (!source.endsWith("pipe.txt")) expect(pooled.get(source), source).toBe(reason);
      expect(pooled.size).toBe(17);
      expect(await documentsIn(other)).toEqual([f("good-a.txt"), f("good-b.txt")].sort());
    } finally {
      await dropDatabase(other);
    }
  }, 120_000);

  it("applies the same rules to extract --json", async () => {
    const r = await cli(["extract", "--json", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
    const got = failures(r.stderr);
    expect(got.size).toBe(17);
    expect(got.get(f("future.txt"))).toMatch(/in the future/);
    expect(got.get(f("vietnamese.txt"))).toMatch(/not English/);
  }, 120_000);
});

describe("ingest options and limits", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("takes the size limit from DIPLOGRAPH_MAX_BYTES, and --max-bytes over it", async () => {
    const dir = tmpDir("diplograph-size-");
    fs.writeFileSync(path.join(dir, "a.txt"), SEED_A);
    const size = fs.statSync(path.join(dir, "a.txt")).size;
    const refused = await cli(["ingest", dir], { DATABASE_URL: url, DIPLOGRAPH_MAX_BYTES: String(size - 1) });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`failed     ${path.join(dir, "a.txt")}: file is ${size} bytes, over the limit of ${size - 1} bytes`);
    expect(await documentsIn(url)).toEqual([]);
    const accepted = await cli(["ingest", "--max-bytes", String(size), dir], { DATABASE_URL: url, DIPLOGRAPH_MAX_BYTES: String(size - 1) });
    expect(accepted.code).toBe(0);
    expect(await documentsIn(url)).toEqual([path.join(dir, "a.txt")]);
  }, 120_000);

  it("refuses a future or impossible --date for undated files, and takes a good one", async () => {
    const dir = tmpDir("diplograph-date-");
    const file = path.join(dir, "undated.txt");
    fs.writeFileSync(file, UNDATED);
    const future = await cli(["ingest", "--date", "2099-01-01", file], { DATABASE_URL: url });
    expect(future.code).toBe(1);
    expect(future.stdout).toContain(`failed     ${file}: the given date 2099-01-01 is in the future`);
    const impossible = await cli(["ingest", "--date", "2023-02-30", file], { DATABASE_URL: url });
    expect(impossible.code).toBe(1);
    expect(impossible.stdout).toContain(`failed     ${file}: the given date 2023-02-30 is an impossible date`);
    expect(await documentsIn(url)).not.toContain(file);
    const ok = await cli(["ingest", "--date", "2023-05-02", file], { DATABASE_URL: url });
    expect(ok.code).toBe(0);
    expect(await documentsIn(url)).toContain(file);
  }, 120_000);
});

// Root reads a mode-000 file through its capabilities, so when the tests run as root the CLI runs
// as root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (util-linux's setpriv): file modes then
// bind it like any user, while it still reaches the checkout wherever it lies (under /root, in a
// mode-700 temporary folder), which another user such as "nobody" could not.
const withoutFileCapabilities = process.getuid?.() === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"] : [];
describe("a file the user may not read", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("is reported as permission denied, and the readable one goes in", async () => {
    const dir = tmpDir("diplograph-perm-");
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, "readable.txt"), SEED_A, { mode: 0o644 });
    fs.writeFileSync(path.join(dir, "secret.txt"), SEED_B, { mode: 0o000 });
    fs.chmodSync(path.join(dir, "secret.txt"), 0o000);
    const r = await cli(["ingest", dir], { DATABASE_URL: url }, withoutFileCapabilities);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`failed     ${path.join(dir, "secret.txt")}: permission denied`);
    expect(r.stdout).toMatch(/\(1 created, 0 replaced, 0 unchanged, 1 failed\)/);
    expect(await documentsIn(url)).toEqual([path.join(dir, "readable.txt")]);
  }, 120_000);
});
