// The query bench serves dist/ (issue #16): bench/dist-check.ts tells a current build from a stale
// one on real files in a temp checkout, and bench/serve-dist.mjs serves this checkout's build under
// plain node (no tsx) on the test backend.
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { distState } from "../../bench/dist-check.ts";
import { dropDatabase, freshDatabaseUrl } from "../helpers/database.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A checkout with src/ and dist/ files, each at its own time (seconds since an epoch in the past). */
function checkout(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-dist-"));
  dirs.push(root);
  const base = Date.now() / 1000 - 10_000;
  for (const [rel, at] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, "x");
    fs.utimesSync(p, base + at, base + at);
  }
  return root;
}

describe("bench dist freshness", () => {
  it("is fresh when every source is older than the last build", () => {
    const root = checkout({ "src/a.ts": 0, "src/store/b.ts": 1, "src/store/data.json": 1, "src/types.d.ts": 5, "dist/a.js": 10, "dist/store/b.js": 10, "dist/store/data.json": 10, "dist/.built": 9 });
    expect(distState(root)).toEqual({ fresh: true, reason: null });
  });

  it("names the source edited after the build", () => {
    const root = checkout({ "src/a.ts": 0, "src/store/b.ts": 20, "dist/a.js": 10, "dist/store/b.js": 10, "dist/.built": 9 });
    expect(distState(root)).toEqual({ fresh: false, reason: `${path.join("src", "store", "b.ts")} is newer than ${path.join("dist", "store", "b.js")}` });
  });

  it("names a data file copied before it changed", () => {
    const root = checkout({ "src/a.ts": 0, "src/store/data.json": 20, "dist/a.js": 10, "dist/store/data.json": 10, "dist/.built": 9 });
    expect(distState(root).reason).toBe(`${path.join("src", "store", "data.json")} is newer than ${path.join("dist", "store", "data.json")}`);
  });

  it("names a new source that has no compiled counterpart yet", () => {
    const root = checkout({ "src/a.ts": 0, "src/new.ts": 20, "dist/a.js": 10, "dist/.built": 9 });
    expect(distState(root).reason).toBe(`${path.join("src", "new.ts")} is newer than the last build`);
  });

  it("is fresh when the build after a touch left the unchanged output as it was (tsc's incremental build)", () => {
    // src/a.ts touched at 20 and built at 21: tsc kept dist/a.js (10), the stamp says the build saw it.
    const root = checkout({ "src/a.ts": 20, "dist/a.js": 10, "dist/.built": 21 });
    expect(distState(root).fresh).toBe(true);
  });

  it("is stale without dist/ or without a complete build's stamp", () => {
    expect(distState(checkout({ "src/a.ts": 0 })).reason).toBe("dist/ is missing");
    expect(distState(checkout({ "src/a.ts": 0, "dist/a.js": 10 })).reason).toBe(`${path.join("dist", ".built")} is missing (no complete build)`);
  });
});

describe("bench serve-dist.mjs", () => {
  it("serves this checkout's compiled build under plain node", async () => {
    const url = await freshDatabaseUrl();
    const child = fork(path.join(ROOT, "bench/serve-dist.mjs"), [ROOT, url, "--count"], { execArgv: [], cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...process.env, NODE_ENV: "production" } });
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        child.once("exit", (code) => reject(new Error(`serve-dist.mjs exited with ${code}`)));
        child.once("message", (m: { ready: string }) => resolve(m.ready));
      });
      const res = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query T { __typename officials(first: 1) { totalCount } }" }) });
      expect(await res.json()).toEqual({ data: { __typename: "Query", officials: { totalCount: 0 } } });
      const counted = await new Promise<{ statements: number }>((resolve) => {
        child.once("message", (m) => resolve(m as { statements: number }));
        child.send({ cmd: "count" });
      });
      expect(counted.statements).toBeGreaterThan(0);
      child.send({ cmd: "stop" });
      await new Promise((r) => child.once("exit", r));
    } finally {
      child.kill();
      await dropDatabase(url);
    }
  }, 60_000);
});
