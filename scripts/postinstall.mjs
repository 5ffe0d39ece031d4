#!/usr/bin/env node
// `npm install` in a checkout: generate the Prisma clients, compile src/ to dist/, then build the
// Explorer web app (explorer/ -> explorer/dist/, which the server serves at /explore). The
// installed package (npm pack) ships dist/ already compiled and no sources: nothing to do there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (fs.existsSync(path.join(ROOT, "src", "cli.ts"))) {
  for (const args of [["run", "generate"], ["run", "build"], ["run", "build:explorer"]]) {
    const r = spawnSync("npm", args, { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
