// What the request pipeline costs beside a bench query's own work (issue #16): the CPU time of one
// process (server and load client over loopback HTTP, keep-alive, concurrency 1) per request of
// `{ __typename }`, which runs HTTP, Apollo and the executor around no resolver and no statement,
// and per request of each bench query. Run it from a checkout to load that checkout's code, so two
// builds compare on one database (alternate them; the machine is shared):
//   node --import tsx bench/pipeline-cpu.ts DATABASE_URL [--only trivial,search] [--requests 300]
//        [--dist] [--resolvers] [--cpu FILE]
// --dist serves the compiled build (dist/, what `diplograph start` runs) instead of the sources through tsx.
// --resolvers also counts the calls per request of each field that has a resolver (TypeGraphQL wraps
// each such call, see bench/README.md); --cpu profiles the measured requests (the last query's).
import { isObjectType } from "graphql";
import { loadGraphQL, queryOnce, type GraphQLRequest } from "./load.ts";
import { QUERIES } from "./queries.ts";
import { queryParamsOf } from "./query-params.ts";
import { cpuProfileFromArgs } from "./cpu-profile.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const url = argv[0];
if (!url || url.startsWith("--")) throw new Error("usage: pipeline-cpu.ts DATABASE_URL [--only ids] [--requests N] [--resolvers] [--cpu FILE]");
const only = opt("--only")?.split(",") ?? null;
const n = Number(opt("--requests") ?? 300);
// The sources through tsx add a `__name` call to every function they create and a resolver hook to every require.
const code = argv.includes("--dist") ? { root: "../dist", ext: "js" } : { root: "../src", ext: "ts" };
const { openDatabase } = (await import(`${code.root}/store/db.${code.ext}`)) as typeof import("../src/store/db.ts");
const { buildServedSchema } = (await import(`${code.root}/graphql/schema.${code.ext}`)) as typeof import("../src/graphql/schema.ts");
const { startServer } = (await import(`${code.root}/server.${code.ext}`)) as typeof import("../src/server.ts");

const calls = new Map<string, number>();
if (argv.includes("--resolvers")) {
  // The served schema is built once per process; counting wrappers put on it now are what the server runs.
  const schema = await buildServedSchema();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const key = `${type.name}.${field.name}${field.args.length ? "(args)" : ""}`;
      field.resolve = (source, args, context, info) => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        return resolve(source, args, context, info);
      };
    }
  }
}

const db = await openDatabase(url);
const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {} });
const endpoint = `${server.url}/graphql`;
const p = await queryParamsOf(db);
const kinds: [string, (i: number) => GraphQLRequest][] = [["trivial", () => ({ query: "query T { __typename }" })], ...QUERIES.map((q) => [q.id, (i: number) => q.diplograph(p, i)] as [string, (i: number) => GraphQLRequest])];

const out: string[] = [];
for (const [id, request] of kinds) {
  if (only && !only.includes(id)) continue;
  for (let i = 0; i < 30; i++) await queryOnce(endpoint, request(i));
  calls.clear();
  const profile = await cpuProfileFromArgs(argv);
  const cpu0 = process.cpuUsage();
  await loadGraphQL(endpoint, n, 1, request);
  const cpu = process.cpuUsage(cpu0);
  await profile.stop();
  out.push(`${id} ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms`);
  if (calls.size) console.log(`${id} resolver calls per request: ${[...calls].map(([k, v]) => `${k} ${(v / n).toFixed(1)}`).join(", ")}`);
}
console.log(`CPU per request (${db.provider}, ${code.root.slice(3)}, ${n} requests each): ${out.join("; ")}`);
await server.close();
await db.close();
