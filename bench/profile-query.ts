// Profiling aid: where one GraphQL request of a bench query spends its time, in-process.
//   node --import tsx [--cpu-prof --cpu-prof-dir=DIR] bench/profile-query.ts DATABASE_URL [QUERY_ID] [N]
// Prints per request: wall time, CPU time of the process, statements, time inside the driver (Prisma's query event
// duration), and the remainder (GraphQL execution, resolvers, Prisma client, serialisation).
// With --cpu-prof, summarise the profile with `node bench/profile-summary.mjs DIR/*.cpuprofile`.
import { openDatabase } from "../src/store/db.ts";
import { startServer } from "../src/server.ts";
import { loadGraphQL, queryOnce } from "./load.ts";
import { QUERIES } from "./queries.ts";
import { queryParamsOf } from "./query-params.ts";
import { cpuProfileFromArgs } from "./cpu-profile.ts";

const url = process.argv[2];
const which = process.argv[3] ?? "officialMeetings";
const n = Number(process.argv[4] ?? 100);
if (!url) throw new Error("usage: profile-query.ts DATABASE_URL [QUERY_ID] [N]");

let statements = 0;
let dbMs = 0;
let print = false;
const db = await openDatabase(url, {
  onQuery: (sql) => {
    statements++;
    if (print) console.log(`  SQL: ${sql.replace(/\s+/g, " ").slice(0, 1500)}`);
  },
});
(db.prisma as unknown as { $on(e: "query", cb: (e: { duration: number }) => void): void }).$on("query", (e) => {
  dbMs += Number(e.duration);
});
const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
const endpoint = `${server.url}/graphql`;
const p = await queryParamsOf(db);
const q = QUERIES.find((x) => x.id === which)!;
print = process.argv.includes("--sql");
await queryOnce(endpoint, q.diplograph(p, 0));
print = false;
for (let i = 0; i < 20; i++) await queryOnce(endpoint, q.diplograph(p, i));
statements = 0;
dbMs = 0;
const profile = await cpuProfileFromArgs();
// CPU time of this process (server and load client) per request: less at the mercy of other
// processes on a shared machine than wall time, so two versions of the code compare on it.
const cpu0 = process.cpuUsage();
const stats = await loadGraphQL(endpoint, n, 1, (i) => q.diplograph(p, i));
const cpu = process.cpuUsage(cpu0);
await profile.stop();
const wall = stats.mean;
console.log(`p50 ${stats.p50} ms, mean ${stats.mean} ms (keep-alive, concurrency 1); CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms per request in this process`);
console.log(
  `${which} on ${db.provider}: ${wall.toFixed(2)} ms per request, ${(statements / n).toFixed(1)} statements, ` +
    `${(dbMs / n).toFixed(2)} ms in statements (Prisma query events), ${(wall - dbMs / n).toFixed(2)} ms elsewhere`,
);
await server.close();
await db.close();
