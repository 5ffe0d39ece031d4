#!/usr/bin/env node
// `npm install` in a checkout: generate the Prisma clients, then compile src/ to dist/. The
// installed package (npm pack) ships dist/ already compiled and no sources: nothing to do there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (fs.existsSync(path.join(ROOT, "src", "cli.ts"))) {
  for (const args of [["run", "generate"], ["run", "build"]]) {
    const r = spawnSync("npm", args, { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
