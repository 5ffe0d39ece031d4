// The small holes of the query limits: variables nested thousands of levels deep, `__typename`
// aliases, and schema names leaking through "Did you mean" suggestions when the schema is meant
// to be hidden (introspection off, or a caller without the read token).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { startServer, type ServerOptions } from "../../src/server.ts";
import { DEFAULT_LIMITS } from "../../src/graphql/security/config.ts";
import { disposeDatabase, seededDatabase } from "../graphql/support.ts";

const WRITE = "write-token-limits-91c2";
const READ = "read-token-limits-4b7e";

let db: Database;
const servers: { close(): Promise<void> }[] = [];

async function serve(options: Partial<ServerOptions> = {}) {
  const server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {}, writeToken: WRITE, readToken: null, corsOrigins: [], introspection: true, ...options });
  servers.push(server);
  return server.url;
}

async function gql(url: string, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  return send(url, JSON.stringify({ query, variables }), headers);
}

async function send(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
}

beforeAll(async () => {
  db = await seededDatabase();
});

afterAll(async () => {
  for (const s of servers) await s.close();
  if (db) await disposeDatabase(db);
});

/** A JSON request whose variables `input` and `name` are nested `levels` deep (built as text: JSON.stringify itself overflows). */
function nestedBody(query: string, levels: number, open = '{"a":', close = "}", leaf = '"x"'): string {
  const value = open.repeat(levels) + leaf + close.repeat(levels);
  return `{"query":${JSON.stringify(query)},"variables":{"input":${value},"name":${value}}}`;
}

describe("variables", () => {
  it("refuses variables nested 5,000 levels deep with 400 VARIABLES_TOO_DEEP", async () => {
    const url = await serve();
    for (const query of [
      "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }",
      "query($name: String) { countries(name: $name) { totalCount } }",
    ]) {
      for (const [open, close, leaf] of [['{"a":', "}", '"x"'], ["[", "]", ""]]) {
        const a = await send(url, nestedBody(query, 5000, open, close, leaf), { authorization: `Bearer ${WRITE}` });
        expect(a.status).toBe(400);
        expect(a.body.errors?.[0].extensions?.code).toBe("VARIABLES_TOO_DEEP");
      }
    }
    const ok = await gql(url, "query($name: String) { countries(name: $name) { totalCount } }", { name: "Viet" });
    expect(ok.status).toBe(200);
    expect(ok.body.data.countries.totalCount).toBe(1);
  });
});

describe("aliases", () => {
  it("counts __typename aliases against the alias limit", async () => {
    const url = await serve();
    const aliases = Array.from({ length: 300 }, (_, i) => `t${i}: __typename`).join(" ");
    const a = await gql(url, `{ ${aliases} }`);
    expect(a.status).toBe(400);
    expect(a.body.errors?.[0].extensions?.code).toBe("TOO_MANY_ALIASES");
    expect(a.body.errors?.[0].message).toBe(`Aliases limit of ${DEFAULT_LIMITS.aliases} exceeded, found 300.`);
    const plain = await gql(url, `{ __typename a: __typename }`);
    expect(plain.status).toBe(200);
  });
});

describe("suggestions", () => {
  const probes = [
    // field name
    `{ oficials(first: 1) { totalCount } }`,
    // argument name
    `{ officials(frist: 1) { totalCount } }`,
    // enum value, literal
    `{ meetings(first: 1, kind: [RECEPTON]) { totalCount } }`,
    // type name
    `query($k: [MeetingKnd!]) { meetings(first: 1, kind: $k) { totalCount } }`,
  ];
  const enumVariable = { query: `query($k: [MeetingKind!]) { meetings(first: 1, kind: $k) { totalCount } }`, variables: { k: ["RECEPTON"] } };

  async function messages(url: string, headers: Record<string, string> = {}): Promise<string[]> {
    const out: string[] = [];
    for (const q of probes) {
      const a = await gql(url, q, undefined, headers);
      expect(a.status).toBeGreaterThanOrEqual(400);
      out.push(...(a.body.errors ?? []).map((e) => e.message));
    }
    const v = await gql(url, enumVariable.query, enumVariable.variables, headers);
    // Without the read token this one is refused (401) before its variables are coerced.
    expect(v.status).toBeGreaterThanOrEqual(400);
    out.push(...(v.body.errors ?? []).map((e) => e.message));
    return out;
  }

  it("suggests names when the schema is public", async () => {
    const all = (await messages(await serve())).join("\n");
    expect(all).toMatch(/Did you mean "officials"/);
    expect(all).toMatch(/RECEPTION/);
  });

  it("masks them with introspection off", async () => {
    const all = await messages(await serve({ introspection: false }));
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const m of all) {
      expect(m).not.toMatch(/Did you mean/);
      expect(m).not.toMatch(/RECEPTION\b|"officials"|"first"|"MeetingKind"\?/);
    }
  });

  it("masks them for callers without the read token, not for those with it", async () => {
    const url = await serve({ readToken: READ });
    for (const m of await messages(url)) expect(m).not.toMatch(/Did you mean|RECEPTION|"officials"/);
    const authorised = (await messages(url, { authorization: `Bearer ${READ}` })).join("\n");
    expect(authorised).toMatch(/Did you mean "officials"/);
  });
});

describe("cost", () => {
  // 50 officials, 50 meetings each with their participants, 50 proposals each: what a client asks.
  const REALISTIC = `query($n: Int) { officials(first: 50) { totalCount edges { node { name country { name }
    meetings(first: $n) { edges { node { date kind participants { role official { name } } } } }
    proposals(first: 50) { edges { node { kind text addressee { name } addresseeName } } } } } } }`;

  it("lets a realistic query of 50 x 50 pages through", async () => {
    const url = await serve();
    const a = await gql(url, REALISTIC, { n: 50 });
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.officials.totalCount).toBeGreaterThan(0);
    expect(a.body.data.officials.edges[0].node.meetings.edges.length).toBeGreaterThan(0);
  });

  it("refuses nesting that multiplies past the limit, naming the page sizes to lower with their paths", async () => {
    const url = await serve();
    const a = await gql(url, `{ officials(first: 50) { edges { node { meetings(first: 50) { edges { node { participants { official { name meetings { edges { node { date } } } } } } } } } } } }`);
    expect(a.status).toBe(400);
    const err = a.body.errors!.find((e) => e.extensions?.code === "QUERY_TOO_COMPLEX")!;
    expect(err.extensions).toMatchObject({ limit: "cost", max: DEFAULT_LIMITS.cost, cost: 555_152 });
    expect(err.message).toBe(
      `Query cost 555152 is over the limit of ${DEFAULT_LIMITS.cost}: every field counts once for each object it is asked on, and page sizes multiply down the nesting. ` +
        "Lower some of: officials(first: 50) at officials, meetings(first: 50) at officials.edges.node.meetings, " +
        "meetings(first: 20 by default) at officials.edges.node.meetings.edges.node.participants.official.meetings.",
    );
    expect(err.extensions?.pageSizes).toEqual([
      { path: "officials", field: "officials", argument: "first", value: 50 },
      { path: "officials.edges.node.meetings", field: "meetings", argument: "first", value: 50 },
      { path: "officials.edges.node.meetings.edges.node.participants.official.meetings", field: "meetings", argument: "default", value: 20 },
    ]);
  });

  it("reads page sizes given in variables", async () => {
    const url = await serve();
    // The realistic query costs 81,903 with 70 meetings per official, 110,403 with 100.
    const a = await gql(url, REALISTIC, { n: 70 });
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    const over = await gql(url, REALISTIC, { n: 100 });
    expect(over.status).toBe(400);
    expect(over.body.errors![0].message).toMatch(/^Query cost 110403 is over the limit of 100000: .* Lower some of: officials\(first: 50\) at officials, meetings\(first: 100\) at officials\.edges\.node\.meetings, proposals\(first: 50\) at officials\.edges\.node\.proposals\.$/);
    const b = await gql(url, `query($n: Int) { officials(first: $n) { nodes { meetings(first: $n) { nodes { participants { official { meetings(first: $n) { nodes { date } } } } } } } } }`, { n: 100 });
    expect(b.status).toBe(400);
    const err = b.body.errors!.find((e) => e.extensions?.code === "QUERY_TOO_COMPLEX")!;
    expect(err.message).toMatch(/Lower some of: officials\(first: 100\) at officials, meetings\(first: 100\) at officials\.nodes\.meetings, /);
    // The same operation with small pages runs.
    const small = await gql(url, `query($n: Int) { officials(first: $n) { nodes { meetings(first: $n) { nodes { participants { official { meetings(first: $n) { nodes { date } } } } } } } } }`, { n: 5 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });
});

describe("time budget inside execution", () => {
  let counted: Database;
  const statements: string[] = [];
  beforeAll(async () => {
    counted = await seededDatabase({ onQuery: (sql) => statements.push(sql) });
  });
  afterAll(async () => {
    if (counted) await disposeDatabase(counted);
  });

  it("runs no resolver, and so no statement, once the request's signal is aborted", async () => {
    const { ApolloServer } = await import("@apollo/server");
    const { buildServedSchema } = await import("../../src/graphql/schema.ts");
    const { guardResolvers, securityPlugin } = await import("../../src/graphql/security/limits.ts");
    const { resolveSecurity } = await import("../../src/graphql/security/config.ts");
    const { createContext } = await import("../../src/graphql/context.ts");
    const apollo = new ApolloServer<any>({ schema: guardResolvers(await buildServedSchema()), plugins: [securityPlugin(resolveSecurity({ requestTimeoutMs: 60_000 }, {}))] });
    await apollo.start();
    try {
      const query = "{ officials(first: 3) { nodes { name meetings(first: 2) { nodes { date } } } } }";
      statements.length = 0;
      const live = await apollo.executeOperation({ query }, { contextValue: { ...createContext(counted), signal: new AbortController().signal } });
      expect(live.body.kind === "single" && live.body.singleResult.errors).toBeUndefined();
      expect(statements.length).toBeGreaterThan(0);
      statements.length = 0;
      const gone = await apollo.executeOperation({ query }, { contextValue: { ...createContext(counted), signal: AbortSignal.abort() } });
      const result = gone.body.kind === "single" ? gone.body.singleResult : null;
      expect(result?.errors?.[0]?.extensions?.code).toBe("REQUEST_TIMEOUT");
      expect(result?.errors?.[0]?.path).toEqual(["officials"]);
      expect(gone.http.status).toBe(503);
      expect(statements).toEqual([]);
    } finally {
      await apollo.stop();
    }
  });
});
