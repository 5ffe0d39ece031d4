// Whether a checkout's compiled build (dist/, what `diplograph start` runs) is current with its
// sources, for the query bench, which serves dist/ by default (issue #16). A source is stale when it
// changed after the last complete build (dist/.built, written by scripts/build.mjs when tsc and the
// copies succeed) and after its own compiled counterpart (src/x.ts -> dist/x.js, src/x.json ->
// dist/x.json). Both clocks are needed: tsc's incremental build leaves a counterpart untouched when
// its output would not change (a file touched, not edited), and a file without a counterpart (the
// Explorer's generated client under src/generated/client, which the build does not emit) is
// covered by the stamp alone.
import fs from "node:fs";
import path from "node:path";

export interface DistState {
  fresh: boolean;
  /** Why not, naming the first stale file found (relative to the checkout). */
  reason: string | null;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(p);
    else if ((e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) || e.name.endsWith(".json")) yield p;
  }
}

const mtime = (file: string) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

export function distState(root: string): DistState {
  const src = path.join(root, "src");
  const dist = path.join(root, "dist");
  const rel = (p: string) => path.relative(root, p);
  if (!fs.existsSync(dist)) return { fresh: false, reason: `${rel(dist)}/ is missing` };
  const stamp = mtime(path.join(dist, ".built"));
  if (stamp == null) return { fresh: false, reason: `${rel(dist)}/.built is missing (no complete build)` };
  for (const file of sourceFiles(src)) {
    const t = mtime(file)!;
    if (t <= stamp) continue;
    const out = path.join(dist, path.relative(src, file)).replace(/\.ts$/, ".js");
    const built = mtime(out);
    if (built == null || t > built) return { fresh: false, reason: `${rel(file)} is newer than ${built == null ? "the last build" : rel(out)}` };
  }
  return { fresh: true, reason: null };
}
