import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/store/db.ts";
import { dropDatabase, freshDatabaseUrl } from "./helpers/database.ts";

const run = promisify(execFile);
const BIN = path.resolve("bin/diplograph.js");

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("diplograph extract --json", () => {
  it("prints one contract object per document", async () => {
    const { code, stdout } = await cli(["extract", "--json", "seeds/000_8351da674720dd2b.txt", "seeds/004_d0595e88e6c68276.txt"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      for (const key of ["source", "document", "officials", "organizations", "meetings", "proposals", "agreements", "targets", "topics"]) expect(l).toHaveProperty(key);
    }
    expect(lines[0].source).toBe("seeds/000_8351da674720dd2b.txt");
    expect(lines[0].document.date).toBe("2023-06-13");
  });

  it("refuses a file without a date header unless --date is given", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-cli-")), "undated.txt");
    fs.writeFileSync(file, "Deputy Prime Minister Le Van A received Ambassador Kim Min-su in Hanoi on Monday.\n");
    const refused = await cli(["extract", "--json", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("undated.txt");
    expect(refused.stderr).toMatch(/date/i);
    const accepted = await cli(["extract", "--json", "--date", "2023-05-02", file]);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout).document.date).toBe("2023-05-02");
  });

  it("rejects a malformed option with usage", async () => {
    const r = await cli(["extract", "--json", "--date", "May 2", "seeds/000_8351da674720dd2b.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date must be YYYY-MM-DD/);
  });
});

describe("diplograph ingest", () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });

  it("ingests the seeds by default, reports each document and a summary, and is idempotent", async () => {
    const first = await cli(["ingest"], { DATABASE_URL: url });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created\s+.*000_8351da674720dd2b\.txt/);
    expect(first.stdout).toMatch(/documents: 2 \(2 created, 0 replaced, 0 unchanged, 0 failed\)/);
    const second = await cli(["ingest", "seeds"], { DATABASE_URL: url });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/documents: 2 \(0 created, 0 replaced, 2 unchanged, 0 failed\)/);
  });

  it("reports a failing document with file and reason, stores the others, and exits non-zero", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-cli-"));
    fs.writeFileSync(path.join(dir, "a-undated.txt"), "No header here. Minister Tran Van B met Ambassador Lee Min-ho.\n");
    fs.writeFileSync(path.join(dir, "b-good.txt"), fs.readFileSync("seeds/004_d0595e88e6c68276.txt", "utf8").replace(/^ date 2023-12-21/, " date 2023-12-22") + "\nExtra paragraph.\n");
    const r = await cli(["ingest", dir], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/failed\s+.*a-undated\.txt: .*date/i);
    expect(r.stdout).toMatch(/created\s+.*b-good\.txt/);
    const db = await openDatabase(url);
    try {
      expect(await db.prisma.document.count()).toBe(3);
      expect(await db.prisma.document.count({ where: { source: { contains: "a-undated" } } })).toBe(0);
    } finally {
      await db.close();
    }
  });
});
