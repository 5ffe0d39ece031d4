// Summarises a V8 .cpuprofile: self time by package / project folder, and the top functions.
//   node bench/profile-summary.mjs FILE.cpuprofile [TOP]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// Frames of this checkout's own code, wherever it lies.
const ROOT = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")).href + "/";
const ROOT_PATH = ROOT.replace(/^file:\/\//, "");
const local = (url) => url.replace(ROOT, "").replace(ROOT_PATH, "");

const [file, topArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const prof = JSON.parse(fs.readFileSync(file, "utf8"));
const top = Number(topArg ?? 25);
const self = new Map();
const dt = prof.timeDeltas;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (let i = 0; i < prof.samples.length; i++) counts.set(prof.samples[i], (counts.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
let total = 0;
const fnSelf = new Map();
for (const [id, us] of counts) {
  const n = byId.get(id);
  const url = n.callFrame.url || "";
  let group = "(native/gc/idle)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) group = m[1];
  else if (local(url).startsWith("src/")) group = "src/" + local(url).split("/")[1];
  else if (local(url).startsWith("dist/")) group = "dist/" + local(url).split("/")[1];
  else if (local(url).startsWith("bench/")) group = "bench";
  else if (url.startsWith("node:")) group = "node internals";
  if (url.startsWith("wasm://")) group = "wasm (Prisma query compiler)";
  if (n.callFrame.functionName === "(garbage collector)") group = "(garbage collector)";
  if (n.callFrame.functionName === "(idle)") group = "(idle)";
  self.set(group, (self.get(group) ?? 0) + us);
  const key = `${n.callFrame.functionName || "(anonymous)"} ${local(url.replace(/.*node_modules\//, ""))}:${n.callFrame.lineNumber + 1}`;
  fnSelf.set(key, (fnSelf.get(key) ?? 0) + us);
  total += us;
}
const busy = total - (self.get("(idle)") ?? 0);
console.log(`total ${(total / 1000).toFixed(0)} ms, busy ${(busy / 1000).toFixed(0)} ms`);
for (const [g, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${((us / busy) * 100).toFixed(1).padStart(5)}%  ${g}`);
console.log("--- top functions (self)");
for (const [f, us] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((us / busy) * 100).toFixed(1).padStart(5)}%  ${f}`);
