#!/usr/bin/env node
// `npm run build` (also run by `npm install` after `prisma generate`): compiles src/ to dist/ with
// tsc (which emits the decorator metadata TypeGraphQL reads; the sources import .ts paths, which
// rewriteRelativeImportExtensions turns into .js), then copies what the compiled code reads beside
// itself. `--if-stale` builds only when a file under src/ is newer than the last build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".built");

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Copies every .json file under `from` to the same place under `to`. */
function copyDataFiles(from, to) {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const p = path.join(from, e.name);
    if (e.isDirectory()) copyDataFiles(p, path.join(to, e.name));
    else if (e.name.endsWith(".json")) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(p, path.join(to, e.name));
    }
  }
}

export function isStale() {
  if (!fs.existsSync(STAMP)) return true;
  const built = fs.statSync(STAMP).mtimeMs;
  return newestMtime(SRC) > built || fs.statSync(path.join(ROOT, "package.json")).mtimeMs > built;
}

export function build() {
  const startedAt = Date.now();
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json")], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("build: tsc failed");
  // Data files (gazetteers, rule tables) are read at run time next to the compiled modules.
  copyDataFiles(SRC, DIST);
  // EXTRACTOR_VERSION hashes the extractor's TypeScript sources; the compiled files would hash
  // differently, so the build records the sources' version and the compiled extractor reads it.
  const v = spawnSync(process.execPath, ["--import", "tsx", "-e", "import('./src/extraction/version.ts').then((m) => process.stdout.write(m.EXTRACTOR_VERSION))"], { cwd: ROOT, encoding: "utf8" });
  if (v.status !== 0 || !v.stdout) throw new Error(`build: cannot compute the extractor version\n${v.stderr}`);
  fs.writeFileSync(path.join(DIST, "extraction", "version.json"), JSON.stringify({ version: v.stdout }) + "\n");
  fs.writeFileSync(STAMP, new Date(startedAt).toISOString() + "\n");
  fs.utimesSync(STAMP, new Date(startedAt), new Date(startedAt));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);
  build();
}
