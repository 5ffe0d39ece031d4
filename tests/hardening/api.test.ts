// The API under abuse: query limits, body size, malformed requests, time budget, introspection
// switch, access control, CORS/CSRF, filter validation and injection, and bad documents through
// the ingestDocument mutation. Every refusal is quick and the server keeps answering.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { startServer, type ServerOptions } from "../../src/server.ts";
import { resolveSecurity, DEFAULT_LIMITS } from "../../src/graphql/security/config.ts";
import { bearerToken, decideAccess, tokenMatches } from "../../src/graphql/security/auth.ts";
import { ACCEPTANCE_QUERY, disposeDatabase, seededDatabase } from "../graphql/support.ts";
import { BINARY, FRENCH, HTML_PAGE, SEED_A, UNDATED, withDate } from "./fixtures.ts";

const WRITE = "write-token-5d1f0a8b9c";
const READ = "read-token-2e7c4b1a6f";

type Running = Awaited<ReturnType<typeof startServer>> & { lines: string[] };

async function serve(db: Database, options: Partial<ServerOptions> = {}): Promise<Running> {
  const lines: string[] = [];
  const server = await startServer({ db, port: 0, host: "127.0.0.1", log: (l) => lines.push(l), writeToken: WRITE, readToken: null, corsOrigins: [], introspection: true, ...options });
  return { ...server, lines };
}

interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } & Record<string, any>;
}

async function gql(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  return request(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers }, body: JSON.stringify({ query, variables }) });
}

async function request(url: string, init: RequestInit): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, init);
  const text = await res.text();
  let body: Answer["body"];
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, ms: performance.now() - t0, headers: res.headers, body };
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;
const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);

/** The server still answers an ordinary query, correctly. */
async function stillServes(url: string, headers: Record<string, string> = {}) {
  const a = await gql(url, ACCEPTANCE_QUERY, undefined, headers);
  expect(a.status).toBe(200);
  expect(a.body.errors).toBeUndefined();
  expect(a.body.data.officials.totalCount).toBeGreaterThan(0);
}

function deepQuery(cycles: number): string {
  let inner = "name";
  for (let i = 0; i < cycles; i++) inner = `meetings(first: 1) { edges { node { participants { official { ${inner} } } } } }`;
  return `{ officials(first: 1) { edges { node { ${inner} } } } }`;
}

/** Many scalar fields, `levels` connections down (depth 3 + 5 per level), pages of `page`. */
function wideQuery(fields: number, levels: number, page = 1): string {
  let inner = Array.from({ length: fields }, (_, i) => (i % 2 ? "name" : "id")).join(" ");
  for (let i = 0; i < levels; i++) inner = `meetings(first: ${page}) { edges { node { participants { official { ${inner} } } } } }`;
  return `{ officials(first: ${page}) { edges { node { ${inner} } } } }`;
}

let db: Database;
let server: Running;

beforeAll(async () => {
  db = await seededDatabase();
  server = await serve(db);
});

afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

describe("abusive queries", () => {
  it("refuses deep nesting with QUERY_TOO_DEEP", async () => {
    const a = await gql(server.url, deepQuery(5));
    expect(a.status).toBe(400);
    // Refused in validation, before the cost (which needs the variables) is weighed.
    expect(codes(a)).toContain("QUERY_TOO_DEEP");
    const deep = a.body.errors!.find((e) => e.extensions?.code === "QUERY_TOO_DEEP")!;
    expect(deep.message).toMatch(new RegExp(`depth limit of ${DEFAULT_LIMITS.depth} exceeded, found \\d+`));
    expect(deep.extensions).toMatchObject({ limit: "depth", max: DEFAULT_LIMITS.depth });
    expect(a.ms).toBeLessThan(2000);
    await stillServes(server.url);
  });

  it("refuses an alias bomb with TOO_MANY_ALIASES", async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `a${i}: countries(first: 1) { totalCount }`).join(" ");
    const a = await gql(server.url, `{ ${fields} }`);
    expect(a.status).toBe(400);
    expect(codes(a)).toContain("TOO_MANY_ALIASES");
    expect(a.body.errors!.find((e) => e.extensions?.code === "TOO_MANY_ALIASES")!.message).toBe(`Aliases limit of ${DEFAULT_LIMITS.aliases} exceeded, found 200.`);
    expect(a.ms).toBeLessThan(2000);
    await stillServes(server.url);
  });

  it("refuses a fragment cycle", async () => {
    const a = await gql(server.url, `query { officials(first: 1) { edges { node { ...A } } } } fragment A on Official { name ...B } fragment B on Official { id ...A }`);
    expect(a.status).toBe(400);
    expect(code(a)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(a.body.errors!.map((e) => e.message).join(" ")).toMatch(/Cannot spread fragment "A" within itself/);
    expect(a.ms).toBeLessThan(2000);
    await stillServes(server.url);
  });

  it("refuses thousands of fields: by cost, by graphql-js's own validation budget past that, by tokens otherwise", async () => {
    // 1,000 fields on each participant of 20 x 20 meetings: 2,002,862 field values.
    const costly = await gql(server.url, wideQuery(1000, 1, 20));
    expect(costly.status).toBe(400);
    expect(code(costly)).toBe("QUERY_TOO_COMPLEX");
    expect(costly.ms).toBeLessThan(3000);
    // 2,000 repeated fields spend graphql-js's budget for comparing overlapping fields, whatever the pages.
    const repeated = await gql(server.url, wideQuery(2000, 1));
    expect(repeated.status).toBe(400);
    expect(code(repeated)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(repeated.body.errors![0].message).toBe("Validation aborted.");
    const huge = await gql(server.url, wideQuery(20_000, 0));
    expect(huge.status).toBe(400);
    expect(code(huge)).toBe("TOO_MANY_TOKENS");
    expect(huge.body.errors![0].extensions).toMatchObject({ limit: "tokens", max: DEFAULT_LIMITS.tokens });
    expect(huge.ms).toBeLessThan(2000);
    await stillServes(server.url);
  });

  it("refuses too many directives", async () => {
    const a = await gql(server.url, `{ officials(first: 1) { totalCount ${"@include(if: true) ".repeat(60)} } }`);
    expect(a.status).toBe(400);
    expect(code(a)).toBe("TOO_MANY_DIRECTIVES");
  });

  it("caps page size at 100", async () => {
    const a = await gql(server.url, `{ officials(first: 101) { totalCount } }`);
    expect(code(a)).toBe("BAD_USER_INPUT");
    expect(a.body.errors![0].message).toMatch(/limit of 100 records/);
    // A huge page counts into the query's cost (page sizes multiply): refused before it runs.
    const huge = await gql(server.url, `{ officials(first: 1000000000) { edges { node { name } } } }`);
    expect(huge.status).toBe(400);
    expect(code(huge)).toBe("QUERY_TOO_COMPLEX");
    expect(huge.ms).toBeLessThan(2000);
    const overflow = await gql(server.url, `{ officials(first: 99999999999999) { totalCount } }`);
    expect(overflow.status).toBe(400);
    expect(codes(overflow)).toContain("GRAPHQL_VALIDATION_FAILED"); // not an Int
    await stillServes(server.url);
  });

  it("refuses a 10 MB body with 413 PAYLOAD_TOO_LARGE before reading it", async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(10 * 1024 * 1024) } });
    const a = await request(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: big });
    expect(a.status).toBe(413);
    expect(code(a)).toBe("PAYLOAD_TOO_LARGE");
    expect(a.ms).toBeLessThan(3000);
    await stillServes(server.url);
  });

  it("refuses a streamed body that grows past the limit (no Content-Length)", async () => {
    const small = await serve(db, { maxBodyBytes: 64 * 1024 });
    try {
      const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 64) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const a = await request(small.url, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
      expect(a.status).toBe(413);
      expect(code(a)).toBe("PAYLOAD_TOO_LARGE");
      await stillServes(small.url);
    } finally {
      await small.close();
    }
  });

  it("answers malformed JSON with 400 BAD_REQUEST", async () => {
    for (const body of ['{"query": ', "not json at all", '{"query": "{ __typename }", "variables": [1,'] ) {
      const a = await request(server.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(a.status).toBe(400);
      expect(code(a)).toBe("BAD_REQUEST");
      expect(JSON.stringify(a.body)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
    }
    const wrongShape = await request(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: 42 }) });
    expect(wrongShape.status).toBe(400);
    await stillServes(server.url);
  });

  it("stops a request that overruns its time budget with REQUEST_TIMEOUT", async () => {
    const hasty = await serve(db, { requestTimeoutMs: 1 });
    try {
      const a = await gql(hasty.url, ACCEPTANCE_QUERY);
      expect(a.status).toBe(503);
      expect(code(a)).toBe("REQUEST_TIMEOUT");
      expect(a.body.errors![0].message).toBe("The request exceeded its time budget of 1 ms.");
      const quick = await gql(hasty.url, "{ __typename }");
      expect([200, 503]).toContain(quick.status);
    } finally {
      await hasty.close();
    }
    await stillServes(server.url);
  });

  it("turns introspection off by configuration", async () => {
    const closed = await serve(db, { introspection: false });
    try {
      const a = await gql(closed.url, "{ __schema { types { name } } }");
      expect(a.status).toBe(400);
      expect(code(a)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(a.body.errors![0].message).toMatch(/introspection is not allowed/i);
      // ... and does not leak field names through suggestions.
      const typo = await gql(closed.url, "{ oficials { totalCount } }");
      expect(a.status).toBe(400);
      expect(JSON.stringify(typo.body)).not.toContain("officials");
      await stillServes(closed.url);
    } finally {
      await closed.close();
    }
    const open = await gql(server.url, "{ __schema { queryType { name } } }");
    expect(open.body.data.__schema.queryType.name).toBe("Query");
  });

  it("takes the limits from the environment", () => {
    const s = resolveSecurity({}, { DIPLOGRAPH_MAX_DEPTH: "5", DIPLOGRAPH_MAX_COST: "100", DIPLOGRAPH_INTROSPECTION: "0", DIPLOGRAPH_MAX_BODY_BYTES: "1000", DIPLOGRAPH_REQUEST_TIMEOUT_MS: "250", DIPLOGRAPH_CORS_ORIGINS: "https://a.example, https://b.example/" });
    expect(s.limits).toEqual({ ...DEFAULT_LIMITS, depth: 5, cost: 100 });
    expect(s).toMatchObject({ introspection: false, maxBodyBytes: 1000, requestTimeoutMs: 250, corsOrigins: ["https://a.example", "https://b.example"], writeToken: null, readToken: null, allowAnonymousWrites: false });
    expect(() => resolveSecurity({}, { DIPLOGRAPH_MAX_DEPTH: "deep" })).toThrow(/DIPLOGRAPH_MAX_DEPTH must be a positive whole number/);
    expect(resolveSecurity({ writeToken: "opt" }, { DIPLOGRAPH_WRITE_TOKEN: "env" }).writeToken).toBe("opt");
  });
});

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id source } } }`;

describe("access control", () => {
  it("needs the write token for mutations (UNAUTHENTICATED without or with a wrong one)", async () => {
    const input = { source: "hardening/auth.txt", text: SEED_A };
    const none = await gql(server.url, INGEST, { input });
    expect(none.status).toBe(401);
    expect(code(none)).toBe("UNAUTHENTICATED");
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(none.body.data ?? null).toBeNull();
    const wrong = await gql(server.url, INGEST, { input }, auth(WRITE + "x"));
    expect(wrong.status).toBe(401);
    expect(code(wrong)).toBe("UNAUTHENTICATED");
    expect(await db.prisma.document.count({ where: { source: input.source } })).toBe(0);
    const ok = await gql(server.url, INGEST, { input }, auth(WRITE));
    expect(ok.status).toBe(200);
    expect(ok.body.data.ingestDocument.status).toMatch(/CREATED|UNCHANGED/);
    const del = await gql(server.url, `mutation($id: ID!) { deleteDocument(id: $id) { source } }`, { id: ok.body.data.ingestDocument.document.id });
    expect(code(del)).toBe("UNAUTHENTICATED");
  });

  it("refuses every mutation when no write token is configured, unless anonymous writes are allowed", async () => {
    const closed = await serve(db, { writeToken: null });
    const open = await serve(db, { writeToken: null, allowAnonymousWrites: true });
    try {
      const refused = await gql(closed.url, INGEST, { input: { source: "hardening/anon.txt", text: withDate("2023-06-14") } }, auth("anything"));
      expect(refused.status).toBe(403);
      expect(code(refused)).toBe("FORBIDDEN");
      expect(refused.body.errors![0].message).toMatch(/Writes are disabled/);
      const allowed = await gql(open.url, INGEST, { input: { source: "hardening/anon.txt", text: withDate("2023-06-14") } });
      expect(allowed.body.errors).toBeUndefined();
      await gql(open.url, `mutation($id: ID!) { deleteDocument(id: $id) { source } }`, { id: allowed.body.data.ingestDocument.document.id });
    } finally {
      await closed.close();
      await open.close();
    }
  });

  it("keeps reads public by default and can require a read token", async () => {
    await stillServes(server.url);
    const guarded = await serve(db, { readToken: READ });
    try {
      const none = await gql(guarded.url, "{ officials(first: 1) { totalCount } }");
      expect(none.status).toBe(401);
      expect(code(none)).toBe("UNAUTHENTICATED");
      const wrong = await gql(guarded.url, "{ officials(first: 1) { totalCount } }", undefined, auth("nope"));
      expect(wrong.status).toBe(401);
      await stillServes(guarded.url, auth(READ));
      await stillServes(guarded.url, auth(WRITE)); // the write token reads too
      const readerWrites = await gql(guarded.url, INGEST, { input: { source: "hardening/reader.txt", text: SEED_A } }, auth(READ));
      expect(readerWrites.status).toBe(403);
      expect(code(readerWrites)).toBe("FORBIDDEN");
      // GET is guarded as well.
      const get = await fetch(`${guarded.url}/graphql?query=${encodeURIComponent("{ officials(first: 1) { totalCount } }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "1" } });
      expect(get.status).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it("compares tokens in constant time and never logs them", async () => {
    expect(tokenMatches("abc", "abc")).toBe(true);
    expect(tokenMatches("abc", "abd")).toBe(false);
    expect(tokenMatches("abc", "abcd")).toBe(false);
    expect(tokenMatches(null, "abc")).toBe(false);
    expect(tokenMatches("abc", null)).toBe(false);
    expect(bearerToken({ authorization: "Bearer  t0k3n " })).toBe("t0k3n");
    expect(bearerToken({ authorization: "Basic dXNlcjpwYXNz" })).toBeNull();
    expect(decideAccess({ writeToken: "w", readToken: null, allowAnonymousWrites: false }, { authorization: "Bearer w" })).toMatchObject({ read: true, write: true });
    // Everything this file sent, with right and wrong tokens: none of them is in the server's log.
    await gql(server.url, "{ nonsense }", undefined, auth(WRITE));
    await gql(server.url, INGEST, { input: { source: "x", text: "" } }, auth(WRITE + "-wrong"));
    const log = server.lines.join("\n");
    expect(log).not.toContain(WRITE);
    expect(log).not.toContain(READ);
  });
});

describe("CORS and CSRF", () => {
  it("sends no CORS headers unless the origin is allowed", async () => {
    const a = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", origin: "https://evil.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(a.headers.get("access-control-allow-origin")).toBeNull();
    const pre = await fetch(`${server.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    expect(pre.status).toBe(403);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the configured origins", async () => {
    const s = await serve(db, { corsOrigins: ["https://app.example"] });
    try {
      const pre = await fetch(`${s.url}/graphql`, { method: "OPTIONS", headers: { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" } });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBe("https://app.example");
      expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      const post = await fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", origin: "https://app.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(post.status).toBe(200);
      expect(post.headers.get("access-control-allow-origin")).toBe("https://app.example");
      expect(post.headers.get("vary")).toMatch(/Origin/);
      const other = await fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", origin: "https://other.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await s.close();
    }
  });

  it("keeps Apollo's CSRF prevention on", async () => {
    // A "simple" request a browser would send cross-site without a preflight.
    const form = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { "content-type": "text/plain" } });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/i);
    const post = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(post.status).toBe(400);
  });
});

describe("filter validation and injection", () => {
  it("validates IDs, dates and lengths", async () => {
    const badId = await gql(server.url, `{ node(id: "not-an-id") { id } }`);
    expect([undefined, "BAD_USER_INPUT"]).toContain(code(badId));
    expect(badId.status).toBeLessThan(500);
    const badDoc = await gql(server.url, `{ document(id: "zzz") { id } }`);
    expect(code(badDoc)).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    const badDate = await gql(server.url, `{ meetings(from: "2023-02-30") { totalCount } }`);
    expect(badDate.status).toBe(400);
    expect(code(badDate)).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    const badDateVar = await gql(server.url, `query($from: Date) { meetings(from: $from) { totalCount } }`, { from: "yesterday" });
    expect(badDateVar.status).toBe(400);
    expect(code(badDateVar)).toBe("BAD_USER_INPUT");
    const long = "x".repeat(5000);
    const literal = await gql(server.url, `{ officials(name: "${long}") { totalCount } }`);
    expect(code(literal)).toBe("BAD_USER_INPUT");
    expect(literal.body.errors![0].message).toMatch(/`name` is longer than 1000 characters/);
    const variable = await gql(server.url, `query($n: String) { officials(name: $n) { totalCount } }`, { n: long });
    expect(variable.status).toBe(400);
    expect(code(variable)).toBe("BAD_USER_INPUT");
    expect(variable.body.errors![0].message).toMatch(/`\$n` is longer than 1000 characters/);
    const search = await gql(server.url, `query($t: String!) { search(text: $t) { totalCount } }`, { t: "y".repeat(800) });
    expect(code(search)).toBe("BAD_USER_INPUT");
  });

  it("keeps injection attempts through filters and search text inert", async () => {
    const before = await db.prisma.document.count();
    const attempts = [
      `' OR 1=1 --`,
      `"; DROP TABLE "Document"; --`,
      `%`,
      `_`,
      `\\`,
      `*`,
      `NEAR(trade investment)`,
      `"unbalanced`,
      `trade OR 1`,
      `) OR (1=1`,
      `{"$ne": null}`,
      `\u0000`,
      `a:b`,
      `-trade`,
      `^`,
      `$$ SELECT 1 $$`,
    ];
    for (const s of attempts) {
      const filters = await gql(server.url, `query($s: String) { officials(name: $s) { totalCount } documents(source: $s, title: $s) { totalCount } agreements(party: $s) { totalCount } meetings(location: $s, participant: $s, country: $s) { totalCount } }`, { s });
      expect(filters.status, s).toBeLessThan(500);
      if (!filters.body.errors) {
        // SQL-looking text matches nothing. (LIKE wildcards `%` and `_` pass through Prisma's
        // `contains` unescaped, and a name of punctuation only folds to no words at all: both
        // widen a filter, known and reported, but run no SQL of their own.)
        if (/[a-z]{2}/i.test(s) && !/^[-a-z ()]+$/i.test(s)) {
          expect(filters.body.data.officials.totalCount, s).toBe(0);
          expect(filters.body.data.documents.totalCount, s).toBe(0);
        }
      } else {
        expect(code(filters), s).toBe("BAD_USER_INPUT");
      }
      const search = await gql(server.url, `query($t: String!) { search(text: $t) { totalCount } }`, { t: s });
      expect(search.status, s).toBeLessThan(500);
      if (search.body.errors) expect(code(search), s).toBe("BAD_USER_INPUT");
    }
    expect(await db.prisma.document.count()).toBe(before);
    await stillServes(server.url);
  });
});

describe("bad documents through ingestDocument", () => {
  const cases: [string, string, RegExp][] = [
    ["empty", "   \n\t ", /must not be empty|empty document/],
    ["header only", " date 2023-06-13\n", /empty document \(only a date header\)/],
    ["binary", BINARY.toString("latin1"), /binary content|NUL character/],
    ["undated", UNDATED, /no date/],
    ["impossible date", withDate("2023-02-30"), /2023-02-30 is an impossible date/],
    ["future date", withDate("2099-01-01"), /2099-01-01 is in the future/],
    ["HTML page", HTML_PAGE, /an HTML page/],
    ["non-English", FRENCH, /not English/],
    ["lone surrogate", withDate("2023-06-13") + "\uD800", /broken Unicode/],
    ["over the size limit", withDate("2023-06-13") + " and the talks went on.".repeat(60_000), /over the limit|longer than/],
  ];
  for (const [name, text, reason] of cases) {
    it(`refuses ${name} with BAD_USER_INPUT and the reason`, async () => {
      const before = await db.prisma.document.count();
      const a = await gql(server.url, INGEST, { input: { source: `hardening/${name}.txt`, text } }, auth(WRITE));
      expect(a.status).toBeLessThan(500);
      expect(code(a)).toBe("BAD_USER_INPUT");
      expect(a.body.errors![0].message).toMatch(reason);
      expect(await db.prisma.document.count()).toBe(before);
    });
  }

  it("takes an undated report with a valid date argument, refuses a future one", async () => {
    const future = await gql(server.url, INGEST, { input: { source: "hardening/dated.txt", text: UNDATED, date: "2099-01-01" } }, auth(WRITE));
    expect(code(future)).toBe("BAD_USER_INPUT");
    expect(future.body.errors![0].message).toMatch(/in the future/);
    const ok = await gql(server.url, INGEST, { input: { source: "hardening/dated.txt", text: UNDATED.replace("Dien", "Dien Jr"), date: "2023-05-02" } }, auth(WRITE));
    expect(ok.body.errors).toBeUndefined();
    await gql(server.url, `mutation($id: ID!) { deleteDocument(id: $id) { source } }`, { id: ok.body.data.ingestDocument.document.id }, auth(WRITE));
  });
});
