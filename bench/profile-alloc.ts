// Profiling aid: what one bench query's request allocates (V8's sampling heap profiler, objects
// later collected included), per request, by package and by allocating function with its caller.
// Server and client in one process over loopback HTTP, as profile-query.ts.
//   node --import tsx bench/profile-alloc.ts DATABASE_URL [QUERY_ID] [N]
import { Session } from "node:inspector";
import { openDatabase } from "../src/store/db.ts";
import { startServer } from "../src/server.ts";
import { loadGraphQL, queryOnce } from "./load.ts";
import { QUERIES } from "./queries.ts";
import { queryParamsOf } from "./query-params.ts";
const url = process.argv[2]!;
const which = process.argv[3] ?? "officialMeetings";
const n = Number(process.argv[4] ?? 300);
const db = await openDatabase(url);
const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
const endpoint = `${server.url}/graphql`;
const p = await queryParamsOf(db);
const q = QUERIES.find((x) => x.id === which)!;
for (let i = 0; i < 50; i++) await queryOnce(endpoint, q.diplograph(p, i));
const s = new Session();
s.connect();
const post = (m: string, a: object = {}) => new Promise<any>((res, rej) => s.post(m, a, (e, r) => (e ? rej(e) : res(r))));
await post("HeapProfiler.enable");
await post("HeapProfiler.startSampling", { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
await loadGraphQL(endpoint, n, 1, (i) => q.diplograph(p, i));
const { profile } = await post("HeapProfiler.stopSampling");
const self = new Map<string, number>();
const byPkg = new Map<string, number>();
let total = 0;
const pkg = (u: string) => {
  const m = u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  const w = u.match(/\/(src(?:\/[^/]+(?=\/))?|bench)\//);
  return w ? w[1]! : u ? "node:" + u.split("/").pop() : "(native)";
};
const walk = (node: any, parent = "") => {
  const size = node.selfSize as number;
  total += size;
  const cf = node.callFrame;
  const key = `${cf.functionName || "(anon)"} ${pkg(cf.url)}:${cf.lineNumber + 1}:${cf.columnNumber} <- ${parent}`;
  self.set(key, (self.get(key) ?? 0) + size);
  byPkg.set(pkg(cf.url), (byPkg.get(pkg(cf.url)) ?? 0) + size);
  for (const c of node.children) walk(c, `${cf.functionName || "(anon)"} ${cf.url.split("/").pop()}:${cf.lineNumber + 1}:${cf.columnNumber}`);
};
walk(profile.head);
console.log(`allocated ${(total / n / 1024).toFixed(0)} kB per request`);
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(v / n / 1024).toFixed(1).padStart(7)} kB  ${k}`);
console.log("---");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / n / 1024).toFixed(1).padStart(7)} kB  ${k}`);
await server.close();
await db.close();
