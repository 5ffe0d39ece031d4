// Execution CPU of the bench queries, two builds in one process (issue #16): each checkout's built
// `dist/` (npm run build) serves its own schema with the server's resolver wrappers, executed as the
// server does (src/graphql/executor.ts: graphql-jit once seen) with no HTTP and no Apollo around it,
// so what differs between the builds is not drowned by the request pipeline. Rounds of N executions
// per query alternate the two builds, the order swapped every round; the ratio is taken per round.
//   node --import tsx bench/exec-ab.ts DATABASE_URL --base DIR [--only ids] [--requests 100] [--rounds 16]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QUERIES, type QueryId } from "./queries.ts";
import { queryParamsOf } from "./query-params.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const url = argv[0];
const baseDir = opt("--base");
if (!url || url.startsWith("--") || !baseDir) throw new Error("usage: exec-ab.ts DATABASE_URL --base DIR [--only ids] [--requests N] [--rounds R]");
const ids = (opt("--only")?.split(",") ?? QUERIES.map((q) => q.id)) as QueryId[];
const n = Number(opt("--requests") ?? 100);
const rounds = Number(opt("--rounds") ?? 16);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** One checkout's built code, its database connection and a function running one query. */
async function build(root: string) {
  const load = (file: string) => import(path.join(root, file));
  const { parse } = await load("node_modules/graphql/index.js");
  const { openDatabase } = await load("dist/store/db.js");
  const { buildServedSchema } = await load("dist/graphql/schema.js");
  const { createContext } = await load("dist/graphql/context.js");
  const { syncTypeResolvers, executor } = await load("dist/graphql/executor.js");
  const { guardResolvers } = await load("dist/graphql/security/limits.js");
  const db = await openDatabase(url!);
  let schema = guardResolvers(await buildServedSchema());
  // As src/server.ts wraps it, where the build has the step.
  const joined = await load("dist/graphql/joined.js").catch(() => null);
  if (joined) schema = joined.readJoinedFirst(schema);
  const exec = executor(syncTypeResolvers(schema));
  const p = await queryParamsOf(db);
  const docs = new Map(ids.map((id) => {
    const q = QUERIES.find((x) => x.id === id)!;
    const document = parse(q.diplograph(p, 0).query);
    return [id, { q, document, operation: document.definitions[0] }];
  }));
  return {
    db,
    async run(id: QueryId, i: number) {
      const { q, document, operation } = docs.get(id)!;
      const r = await exec({ document, operation, operationName: null, context: createContext(db), request: { variables: q.diplograph(p, i).variables } });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return JSON.stringify(r).length;
    },
  };
}

const sides = { base: await build(path.resolve(baseDir)), this: await build(here) };
type Side = keyof typeof sides;
for (const side of Object.values(sides)) for (const id of ids) for (let i = 0; i < 60; i++) await side.run(id, i);
const cpu = new Map<string, number[]>();
for (let r = 0; r < rounds; r++)
  for (const id of ids)
    for (const side of (r % 2 ? ["this", "base"] : ["base", "this"]) as Side[]) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < n; i++) await sides[side].run(id, i);
      const c = process.cpuUsage(c0);
      cpu.set(`${id} ${side}`, [...(cpu.get(`${id} ${side}`) ?? []), (c.user + c.system) / 1000 / n]);
    }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const id of ids) {
  const b = cpu.get(`${id} base`)!;
  const t = cpu.get(`${id} this`)!;
  const ratios = b.map((x, i) => t[i]! / x);
  const by = (first: number) => median(ratios.filter((_, i) => i % 2 === first)).toFixed(3);
  console.log(`${id.padEnd(18)} CPU ms per execution: base ${median(b).toFixed(3)}, this ${median(t).toFixed(3)}; this / base by round ${median(ratios).toFixed(3)} (base first ${by(0)}, this first ${by(1)})`);
}
for (const side of Object.values(sides)) await side.db.close();
