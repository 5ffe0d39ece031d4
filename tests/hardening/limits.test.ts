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
  it("names the page sizes to lower when a query costs too much", async () => {
    const url = await serve();
    const a = await gql(url, `{ officials(first: 50) { edges { node { meetings(first: 50) { edges { node { participants { official { name } } } } } proposals(first: 40) { edges { node { text } } } } } } }`);
    expect(a.status).toBe(400);
    const err = a.body.errors!.find((e) => e.extensions?.code === "QUERY_TOO_COMPLEX")!;
    expect(err.message).toMatch(/Page sizes multiply: lower some of officials\(first: 50\), meetings\(first: 50\), proposals\(first: 40\)\.$/);
    expect(err.extensions?.pageSizes).toEqual([
      { field: "officials", argument: "first", value: 50 },
      { field: "meetings", argument: "first", value: 50 },
      { field: "proposals", argument: "first", value: 40 },
    ]);
  });
});
