// A fresh clone with nothing beside it (issue #18): the evaluation and the extraction benchmark run
// from the repository's own corpus, no document points into a folder beside the checkout, and the
// README states the platform the locked dependencies need.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/store/config.ts";

const run = promisify(execFile);
const README = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
// Blind batches are not opened by the people tuning the extractor: left out here too.
const BLIND = /^tests\/extraction\/corpus\/(frozen|batch08)\//;
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: PROJECT_ROOT, encoding: "utf8" })
  .split("\0")
  .filter((f) => f && !BLIND.test(f) && fs.existsSync(path.join(PROJECT_ROOT, f)));

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("the checkout stands alone", () => {
  it("no tracked file names a path beside or above the checkout", () => {
    const outside: string[] = [];
    for (const f of tracked.filter((f) => /\.(md|ts|mjs|js|json|sh|ya?ml)$/.test(f) && f !== "package-lock.json")) {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, f), "utf8");
      text.split("\n").forEach((line, i) => {
        if (/\/work\/|\.\.\/shared\b/.test(line)) outside.push(`${f}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(outside).toEqual([]);
  });

  it("every relative link of a tracked Markdown file reaches a tracked file inside the checkout", () => {
    const files = new Set(tracked);
    const broken: string[] = [];
    for (const f of tracked.filter((f) => f.endsWith(".md"))) {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, f), "utf8");
      for (const m of text.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(m[1])) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(f), m[1]));
        if (target.startsWith("../") || !(files.has(target) || tracked.some((t) => t.startsWith(`${target}/`)))) broken.push(`${f}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("npm run eval and npm run bench:extract work in a copy of the checkout with nothing beside it", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-alone-"));
    dirs.push(parent);
    const copy = path.join(parent, "diplograph");
    for (const f of tracked.filter((f) => /^(src|scripts|bench|tests\/extraction\/corpus\/dev)\//.test(f) || ["package.json", "tsconfig.json"].includes(f))) {
      fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
      fs.copyFileSync(path.join(PROJECT_ROOT, f), path.join(copy, f));
    }
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(copy, "node_modules"));
    expect(fs.readdirSync(parent)).toEqual(["diplograph"]);
    const env = { ...process.env, npm_config_update_notifier: "false" };
    const evaluation = await run("npm", ["run", "--silent", "eval", "--", "--dir", "tests/extraction/corpus/dev", "--json"], { cwd: copy, env });
    const scores = JSON.parse(evaluation.stdout);
    expect(scores.total.documents).toBe(fs.readdirSync(path.join(copy, "tests/extraction/corpus/dev")).filter((f) => f.endsWith(".gold.json")).length);
    expect(scores.total.officials.f1).toBeGreaterThan(0.5);
    const bench = await run("npm", ["run", "--silent", "bench:extract", "--", "--seconds", "1"], { cwd: copy, env });
    expect(bench.stdout).toMatch(/^sources through tsx: \d+ documents, \d+ words in [\d.]+ s wall/);
  }, 120_000);
});

describe("the README's platform", () => {
  const require = createRequire(import.meta.url);
  // semver comes with npm's own tools (a dependency of several packages here), as npm judges engines.
  const semver = require("semver") as typeof import("semver");
  const lock = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; engines?: { node?: string }; dev?: boolean }> };
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { engines: { node: string } };
  const readmeNode = /\*\*Node\.js (\d+\.\d+) or newer\*\*/.exec(README)?.[1];

  /** Locked packages whose engines field refuses Node `version` (what `npm install` warns about). */
  const refusing = (version: string) =>
    Object.entries(lock.packages)
      .filter(([key, p]) => key && p.engines?.node && !semver.satisfies(version, p.engines.node))
      .map(([key, p]) => ({ name: key.replace(/^.*node_modules\//, ""), version: p.version!, range: p.engines!.node!, dev: !!p.dev }));

  it("names the Node version that package.json's engines field asks for", () => {
    expect(readmeNode).toBeDefined();
    expect(pkg.engines.node).toBe(`>=${readmeNode}`);
  });

  it("at that version, only the packages its Troubleshooting names as declaring Node 22 refuse it, as many as it says", () => {
    const warned = refusing(`${readmeNode}.0`);
    // Every other package, production and development, accepts the README's Node.
    expect(warned.filter((p) => !/^>=\s*22\./.test(p.range))).toEqual([]);
    const entry = /\*\*`npm warn EBADENGINE` during `npm install`\*\*: (\d+) remain[\s\S]*?(?=\n- \*\*)/.exec(README);
    expect(entry).not.toBeNull();
    expect(Number(entry![1])).toBe(warned.length);
    for (const name of new Set(warned.map((p) => p.name))) expect(entry![0]).toContain(`\`${name}\``);
    // The production install's warnings are named as such.
    for (const p of warned.filter((p) => !p.dev)) expect(entry![0]).toMatch(new RegExp(`\`${p.name}\`\\s+${p.version.replace(/\./g, "\\.")}[^.]*production`));
  });

  it("says the browser test needs Chromium and where the test looks for it", () => {
    const test = fs.readFileSync(path.join(PROJECT_ROOT, "tests/e2e/ide.test.ts"), "utf8");
    const where = /const CHROMIUM = "([^"]+)"/.exec(test)![1];
    expect(README).toMatch(new RegExp(`\\*\\*Chromium[^*]*\\*\\*[^\\n]*\\n?[^\\n]*\`${where}\``));
  });
});
