// Shared by the API tests: seeded databases, a started server, and a small GraphQL client.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freshDatabase, dropDatabase } from "../helpers/database.ts";
import type { Database, OpenOptions } from "../../src/store/db.ts";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import { startServer } from "../../src/server.ts";

export const SEEDS = fs
  .readdirSync(path.join(PROJECT_ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ source: `seeds/${f}`, text: fs.readFileSync(path.join(PROJECT_ROOT, "seeds", f), "utf8") }));

/** A fresh database with both seeds ingested through the store (as the CLI does). */
export async function seededDatabase(options: OpenOptions = {}): Promise<Database> {
  const db = await freshDatabase(options);
  const { ingestText } = await import("../../src/store/ingest.ts");
  for (const s of SEEDS) await ingestText(db.prisma, { text: s.text, source: s.source });
  return db;
}

export async function disposeDatabase(db: Database): Promise<void> {
  await db.close();
  await dropDatabase(db.url);
}

/** The write token the test servers are started with (mutations need it: src/graphql/security). */
export const TEST_WRITE_TOKEN = "test-write-token-7f3a9c2e";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * fetch, sent once more when the kept-alive socket it went out on had just been closed by the
 * server (ECONNRESET, "other side closed"): the server never read that request. On a loaded
 * machine the client's idle-socket timer can fire after the server's, so this happens in tests.
 */
export async function fetchOnLiveSocket(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    if (!(err instanceof TypeError) || !["ECONNRESET", "UND_ERR_SOCKET"].includes(cause?.code ?? "")) throw err;
    return fetch(url, init);
  }
}

export async function post<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const res = await fetchOnLiveSocket(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T> };
}

/** A server on an ephemeral port over `db`, with its log lines. */
export async function serve(db: Database) {
  const lines: string[] = [];
  const server = await startServer({ db, port: 0, host: "127.0.0.1", log: (l) => lines.push(l), writeToken: TEST_WRITE_TOKEN });
  return { ...server, lines };
}

export const ACCEPTANCE_QUERY = `{ officials(first: 10) { totalCount edges { node { name country { name } meetings(first: 10) { edges { node { date kind participants { role official { name } } } } } proposals(first: 10) { edges { node { kind text addressee { name } } } } } } } }`;

export type TypedClient = typeof import("../../src/generated/client/graphql.ts");

/** What the generated documents are: a query string typed with its result and variables. */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

/** The typed client generated from schema.graphql and operations/ (`npm run codegen`), generated first when older than them. */
export async function typedClient(): Promise<TypedClient> {
  const generated = path.join(PROJECT_ROOT, "src/generated/client/graphql.ts");
  const operations = path.join(PROJECT_ROOT, "operations");
  const sources = [path.join(PROJECT_ROOT, "schema.graphql"), ...fs.readdirSync(operations).map((f) => path.join(operations, f))];
  // `npm test` generates it (pretest); a direct vitest run may come first.
  if (!fs.existsSync(generated) || sources.some((f) => fs.statSync(generated).mtimeMs < fs.statSync(f).mtimeMs)) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/@graphql-codegen/cli/cjs/bin.js"), "--config", "codegen.yml"], { cwd: PROJECT_ROOT, stdio: "pipe" });
  }
  return import("../../src/generated/client/graphql.ts");
}

/** Runs a typed document over HTTP with the write token; GraphQL errors throw. */
export async function execute<TResult, TVariables>(url: string, document: TypedDocument<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const res = await fetchOnLiveSocket(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${TEST_WRITE_TOKEN}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}
