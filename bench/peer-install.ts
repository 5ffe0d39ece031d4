// PostGraphile 5, the query benchmark's peer, declares Node 22 in its packages (on Node 20 it runs
// with one polyfill, see peer.ts). It stays out of the project's own install, so `npm install`
// prints no engine warnings, and is installed into bench/peer/ from its lock file on first use.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const PEER_DIR = fileURLToPath(new URL("./peer/", import.meta.url));

export function ensurePeerInstalled(): void {
  if (fs.existsSync(path.join(PEER_DIR, "node_modules", "postgraphile", "package.json"))) return;
  console.error("installing the benchmark peer (PostGraphile 5) into bench/peer/ ...");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: PEER_DIR, stdio: "inherit" });
  if (r.status !== 0) throw new Error("installing bench/peer/ failed (npm ci in bench/peer)");
}

/** Imports a module as bench/peer/ resolves it (its own graphql, pg, ...). */
export function importFromPeer(specifier: string): Promise<any> {
  const resolved = createRequire(path.join(PEER_DIR, "package.json")).resolve(specifier);
  return import(pathToFileURL(resolved).href);
}
