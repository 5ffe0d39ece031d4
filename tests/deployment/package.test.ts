// `npm pack` gives a package that installs and runs elsewhere (issue #18): the tarball carries the
// compiled CLI and no sources, and, installed into another project beside its production
// dependencies only, `npx diplograph` helps, extracts, migrates, ingests the packaged seeds,
// exports and serves, keeping its data where DATABASE_URL says. The dependencies are this
// checkout's (linked, not downloaded): what is tested is the package, not the registry.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import { migrationNames } from "../../src/store/migrate.ts";

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("npm pack", () => {
  let files: string[] = [];
  let app = "";
  const env = () => ({ ...process.env, DATABASE_URL: `file:${path.join(app, "graph.db")}`, npm_config_update_notifier: "false" });
  const npx = async (args: string[], extra: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await run("npx", ["--no", "--", "diplograph", ...args], { cwd: app, env: { ...env(), ...extra }, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-pack-"));
    dirs.push(tmp);
    // The global setup has just built dist/; prepack's build would redo it (and the Explorer's).
    const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], { cwd: PROJECT_ROOT, env: { ...process.env, npm_config_update_notifier: "false" } });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    files = packed.files.map((f) => f.path);
    app = path.join(tmp, "app");
    const modules = path.join(app, "node_modules");
    fs.mkdirSync(path.join(modules, ".bin"), { recursive: true });
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ private: true, dependencies: { diplograph: `file:../${packed.filename}` } }));
    await run("tar", ["xzf", path.join(tmp, packed.filename), "-C", modules]);
    fs.renameSync(path.join(modules, "package"), path.join(modules, "diplograph"));
    fs.symlinkSync("../diplograph/bin/diplograph.js", path.join(modules, ".bin", "diplograph"));
    // What `npm install` would put beside it: the production dependencies only (no TypeScript, no tsx's dev tools).
    const lock = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean; optional?: boolean }> };
    for (const [key, p] of Object.entries(lock.packages)) {
      const name = key.slice("node_modules/".length);
      if (!key.startsWith("node_modules/") || name.includes("node_modules/") || p.dev) continue;
      if (!fs.existsSync(path.join(PROJECT_ROOT, key))) continue; // an optional one for another platform
      fs.mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
      fs.symlinkSync(path.join(PROJECT_ROOT, key), path.join(modules, name));
    }
  }, 120_000);

  it("packs the compiled CLI, migrations and seeds, and no sources or tests", () => {
    for (const f of ["bin/diplograph.js", "dist/cli.js", "dist/server.js", "dist/commands/extract-worker.js", "dist/extraction/version.json", "seeds/000_8351da674720dd2b.txt", "schema.graphql"]) expect(files, f).toContain(f);
    for (const provider of ["sqlite", "postgresql"] as const) {
      for (const m of migrationNames(provider)) expect(files, m).toContain(`prisma/${provider}/migrations/${m}/migration.sql`);
    }
    expect(files.filter((f) => /^(src|tests|bench|scripts\/(?!postinstall))\//.test(f) || f.endsWith(".ts") && f !== "prisma.config.ts")).toEqual([]);
  });

  it("installed elsewhere, runs through npx from the installing project: help, extract, migrate, ingest, export", async () => {
    const help = await npx(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("diplograph ingest");
    const extract = await npx(["extract", "--json", "node_modules/diplograph/seeds/000_8351da674720dd2b.txt"]);
    expect(extract.stderr).toBe("");
    expect(JSON.parse(extract.stdout).officials.length).toBeGreaterThan(0);
    const migrate = await npx(["migrate"]);
    expect(migrate.stderr).toBe("");
    expect(migrate.stdout).toContain(`applied ${migrationNames("sqlite").length} migration(s) to file:${path.join(app, "graph.db")}`);
    const ingest = await npx(["ingest"]);
    expect(ingest.stderr).toBe("");
    expect(ingest.stdout).toMatch(/documents: \d+ \(\d+ created, 0 replaced, 0 unchanged, 0 failed\)/);
    const exported = await npx(["export"]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^exported \d+ document\(s\)/);
    // Its data went where DATABASE_URL said; nothing into the package's folder.
    expect(fs.readdirSync(app).sort()).toEqual(["graph.db", "node_modules", "package.json"]);
    expect(fs.existsSync(path.join(app, "node_modules", "diplograph", "data"))).toBe(false);
  }, 120_000);

  it("installed elsewhere, serves the API (decorators compiled, no TypeScript at run time)", async () => {
    // Node on the installed bin (npx would stand between the test and the server's signals).
    const server = spawn(process.execPath, [path.join(app, "node_modules", ".bin", "diplograph"), "serve"], { cwd: app, env: { ...env(), PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    server.stderr!.on("data", (d) => (stderr += d));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        server.stdout!.on("data", (d) => {
          out += d;
          const m = /GraphQL API at (http:\/\/\S+\/graphql)/.exec(out);
          if (m) resolve(m[1]);
        });
        server.once("exit", () => reject(new Error(`serve exited: ${stderr}`)));
      });
      const res = await fetch(address, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ officials(country: "Vietnamese") { totalCount } }` }) });
      const body = (await res.json()) as { data: { officials: { totalCount: number } } };
      expect(body.data.officials.totalCount).toBeGreaterThan(0);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill("SIGTERM");
        await new Promise((resolve) => server.once("exit", resolve));
      }
    }
    expect(stderr).toBe("");
  }, 120_000);
});
