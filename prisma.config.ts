// Prisma CLI configuration for both backends (Prisma 6.19 runs
// offline only on its WASM engines with driver adapters). The provider follows DATABASE_URL:
// postgres(ql):// selects prisma/postgresql/, anything else prisma/sqlite/.
import path from "node:path";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const provider =
  process.env.DB_PROVIDER ?? (/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "") ? "postgresql" : "sqlite");
// Without a url that resolves for the provider, every CLI command falls back to downloading a
// native engine (which fails offline); `generate` needs only its syntax.
process.env.DATABASE_URL ??= provider === "postgresql" ? "postgresql://postgres@127.0.0.1:5432/diplograph" : "file:./data/diplograph.db";

// adapter-better-sqlite3@6.19.3: the schema engine replays migration.sql on the in-memory shadow DB
// through executeRaw(), and better-sqlite3's prepare() refuses more than one statement.
function withScriptAwareShadow(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q) => {
      if (q.args.length === 0) {
        await adapter.executeScript(q.sql);
        return 0;
      }
      return executeRaw(q);
    };
    return adapter;
  };
  return factory;
}

// prisma/orm#27403 (adapter-pg@6.19.3 + WASM schema engine): catalog queries return `name` columns,
// which the adapter cannot deserialise. Report them as text; only the CLI process is patched.
const PG_REMAP: Record<number, number> = { 19: 25, 18: 25, 1003: 1009 };
let patched = false;
async function patchPgQueryable(factory: PrismaPg) {
  if (patched) return;
  const adapter = await factory.connect();
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const performIO = proto.performIO;
  proto.performIO = async function (q: unknown) {
    const res = await performIO.call(this, q);
    for (const f of res.fields ?? []) if (PG_REMAP[f.dataTypeID]) f.dataTypeID = PG_REMAP[f.dataTypeID];
    return res;
  };
  await adapter.dispose();
  patched = true;
}

// PrismaPg.connectToShadowDb() lets connectionString override the shadow database and drops it
// before closing its pool; run our own shadow database lifecycle instead (needs CREATEDB).
function withShadowDb(factory: PrismaPg, cfg: pg.ClientConfig): PrismaPg {
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client(cfg);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...cfg, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL!;
    if (provider === "sqlite") return withScriptAwareShadow(new PrismaBetterSQLite3({ url }));
    const u = new URL(url);
    const cfg: pg.ClientConfig = {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.slice(1)),
    };
    const factory = new PrismaPg(cfg);
    await patchPgQueryable(factory);
    return withShadowDb(factory, cfg);
  },
});
