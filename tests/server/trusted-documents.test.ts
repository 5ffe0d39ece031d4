// Trusted documents (only the operations of a persisted-documents manifest run, sent by their
// identifier) and automatic persisted queries with a bounded cache, over real HTTP, with the
// manifest and typed documents `npm run codegen` generates.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client as WsClient } from "graphql-ws";
import WebSocket from "ws";
import type { Database } from "../../src/store/db.ts";
import { startServer } from "../../src/server.ts";
import { PROJECT_ROOT } from "../../src/store/config.ts";
import { SEEDS, TEST_WRITE_TOKEN, disposeDatabase, seededDatabase } from "../graphql/support.ts";

type Client = typeof import("../../src/generated/client/graphql.ts");
const MANIFEST = path.join(PROJECT_ROOT, "src/generated/client/persisted-documents.json");

let client: Client;
let db: Database;
let trusted: Awaited<ReturnType<typeof startServer>>;
let open: Awaited<ReturnType<typeof startServer>>;
let tinyCache: Awaited<ReturnType<typeof startServer>>;
/** Trusted mode with a manifest that also holds a subscription (the client preset's has none). */
let trustedWs: Awaited<ReturnType<typeof startServer>>;
const SUBSCRIPTION = "subscription Ingested { documentIngested { source status } }";
const SUBSCRIPTION_ID = `sha256:${createHash("sha256").update(SUBSCRIPTION).digest("hex")}`;
const manifestDir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-trusted-"));
const wsClients: WsClient[] = [];

async function send(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const hashOf = (doc: { __meta__?: Record<string, any> }) => doc.__meta__!.hash as string;

beforeAll(async () => {
  const generated = path.join(PROJECT_ROOT, "src/generated/client/graphql.ts");
  if (!fs.existsSync(MANIFEST) || fs.statSync(generated).mtimeMs < fs.statSync(path.join(PROJECT_ROOT, "schema.graphql")).mtimeMs) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/@graphql-codegen/cli/cjs/bin.js"), "--config", "codegen.yml"], { cwd: PROJECT_ROOT, stdio: "pipe" });
  }
  client = await import("../../src/generated/client/graphql.ts");
  db = await seededDatabase();
  const log = () => {};
  trusted = await startServer({ db, port: 0, host: "127.0.0.1", log, writeToken: TEST_WRITE_TOKEN, trustedDocuments: [MANIFEST] });
  open = await startServer({ db, port: 0, host: "127.0.0.1", log, writeToken: TEST_WRITE_TOKEN });
  tinyCache = await startServer({ db, port: 0, host: "127.0.0.1", log, writeToken: TEST_WRITE_TOKEN, apqCacheBytes: 700 });
  const withSubscription = path.join(manifestDir, "persisted-documents.json");
  fs.writeFileSync(withSubscription, JSON.stringify({ ...JSON.parse(fs.readFileSync(MANIFEST, "utf8")), [SUBSCRIPTION_ID]: SUBSCRIPTION }));
  trustedWs = await startServer({ db, port: 0, host: "127.0.0.1", log, writeToken: TEST_WRITE_TOKEN, trustedDocuments: [withSubscription] });
});
afterAll(async () => {
  await Promise.all(wsClients.map((c) => c.dispose()));
  await Promise.all([trusted?.close(), open?.close(), tinyCache?.close(), trustedWs?.close()]);
  fs.rmSync(manifestDir, { recursive: true, force: true });
  if (db) await disposeDatabase(db);
});

describe("trusted-documents mode", () => {
  it("runs a manifest operation sent by documentId, without its text", async () => {
    const doc = client.OfficialByNameDocument;
    expect(hashOf(doc)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { status, body } = await send(trusted.url, { documentId: hashOf(doc), variables: { name: "Nguyen Hong Dien" } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.official.name).toBe("Nguyen Hong Dien");
  });

  it("takes Apollo's persistedQuery extension and GET with documentId too", async () => {
    const doc = client.SearchDocument;
    const hex = hashOf(doc).slice("sha256:".length);
    const viaExtension = await send(trusted.url, { variables: { text: "Dien" }, extensions: { persistedQuery: { version: 1, sha256Hash: hex } } });
    expect(viaExtension.body.errors).toBeUndefined();
    expect(viaExtension.body.data.search.totalCount).toBeGreaterThan(0);
    const params = new URLSearchParams({ documentId: hashOf(doc), variables: JSON.stringify({ text: "Dien" }) });
    const res = await fetch(`${trusted.url}/graphql?${params}`, { headers: { accept: "application/json", "apollo-require-preflight": "1" } });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    expect(res.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.search.totalCount).toBe(viaExtension.body.data.search.totalCount);
  });

  it("refuses operation text that is not sent as a trusted document", async () => {
    const { status, body } = await send(trusted.url, { query: "{ officials(first: 1) { totalCount } }" });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    // The manifest's own text, sent as text, is refused too: clients send the identifier.
    const again = await send(trusted.url, { query: client.OfficialByNameDocument.toString(), variables: { name: "x" } });
    expect(again.body.errors?.[0].extensions?.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
  });

  it("refuses unknown and malformed identifiers with their own codes, and keeps serving", async () => {
    const unknown = await send(trusted.url, { documentId: `sha256:${"0".repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    for (const documentId of ["md5:abc", "sha256:xyz", 42, ""]) {
      const bad = await send(trusted.url, { documentId });
      expect(bad.status, String(documentId)).toBe(400);
      expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
    }
    const mismatch = await send(trusted.url, { documentId: hashOf(client.OfficialByNameDocument), query: "{ __typename }" });
    expect(mismatch.body.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
    const ok = await send(trusted.url, { documentId: hashOf(client.OfficialByNameDocument), variables: { name: "Oh Yong-ju" } });
    expect(ok.body.data.official.name).toBe("Oh Yong-ju");
  });

  it("lets the write token's holder send free text (operators in the IDE)", async () => {
    const { status, body } = await send(trusted.url, { query: "{ officials(first: 1) { totalCount } }" }, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    expect(status).toBe(200);
    expect(body.data.officials.totalCount).toBeGreaterThan(0);
    const wrong = await send(trusted.url, { query: "{ officials(first: 1) { totalCount } }" }, { authorization: "Bearer not-the-token" });
    expect(wrong.body.errors?.[0].extensions?.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
  });

  it("stops at start-up on a manifest that is missing or malformed", async () => {
    await expect(startServer({ db, port: 0, log: () => {}, trustedDocuments: ["/nonexistent/persisted-documents.json"] })).rejects.toThrow(/nonexistent\/persisted-documents\.json/);
  });
});

describe("automatic persisted queries (open mode)", () => {
  const query = "query Apq { officials(first: 2) { totalCount nodes { name } } }";
  const sha = (text: string) => import("node:crypto").then(({ createHash }) => createHash("sha256").update(text).digest("hex"));

  it("registers an operation by hash and text, then runs it by hash alone", async () => {
    const hash = await sha(query);
    const first = await send(open.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(first.body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const register = await send(open.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(register.body.data.officials.totalCount).toBeGreaterThan(0);
    const byHash = await send(open.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(byHash.body.data).toEqual(register.body.data);
  });

  it("keeps a bounded cache: older operations are evicted", async () => {
    const texts = [0, 1, 2, 3].map((i) => `query Apq${i} { officials(first: ${i + 1}) { totalCount nodes { name country { name code } } } } # ${"padding ".repeat(20)}`);
    for (const text of texts) {
      const r = await send(tinyCache.url, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: await sha(text) } } });
      expect(r.body.errors).toBeUndefined();
    }
    const oldest = await send(tinyCache.url, { extensions: { persistedQuery: { version: 1, sha256Hash: await sha(texts[0]) } } });
    expect(oldest.body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const newest = await send(tinyCache.url, { extensions: { persistedQuery: { version: 1, sha256Hash: await sha(texts[3]) } } });
    expect(newest.body.data.officials.totalCount).toBeGreaterThan(0);
  });
});

describe("subscriptions in trusted-documents mode", () => {
  function connect(url: string, connectionParams?: Record<string, unknown>) {
    const client = createClient({ url: `${url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
    wsClients.push(client);
    return client;
  }
  /** Subscribes; `first` resolves with the first result or the error the server answered with. */
  function subscribe(client: WsClient, payload: Record<string, unknown>) {
    const got: { data: any[]; errors: any[] } = { data: [], errors: [] };
    let dispose = () => {};
    const first = new Promise<void>((resolve) => {
      dispose = client.subscribe({ query: "", ...payload } as { query: string }, {
        next: (v) => {
          if (v.data) got.data.push(v.data);
          if (v.errors) got.errors.push(...v.errors);
          resolve();
        },
        error: (e) => {
          got.errors.push(...(Array.isArray(e) ? e : [e]));
          resolve();
        },
        complete: () => resolve(),
      });
    });
    return { got, first, dispose: () => dispose() };
  }
  const codes = (errors: any[]) => errors.map((e) => e.extensions?.code);

  it("refuses subscription text that is not sent as a trusted document, even the manifest's own", async () => {
    const client = connect(trustedWs.url);
    for (const query of ["subscription { documentIngested { documentId } }", SUBSCRIPTION]) {
      const s = subscribe(client, { query });
      await s.first;
      expect(s.got.data).toEqual([]);
      expect(codes(s.got.errors), query).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
    }
  });

  it("refuses unknown and malformed identifiers with their own codes", async () => {
    const client = connect(trustedWs.url);
    const unknown = subscribe(client, { documentId: `sha256:${"0".repeat(64)}` });
    await unknown.first;
    expect(codes(unknown.got.errors)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    const malformed = subscribe(client, { documentId: "md5:abc" });
    await malformed.first;
    expect(codes(malformed.got.errors)).toEqual(["BAD_REQUEST"]);
    const mismatch = subscribe(client, { documentId: SUBSCRIPTION_ID, query: "subscription { documentIngested { documentId } }" });
    await mismatch.first;
    expect(codes(mismatch.got.errors)).toEqual(["BAD_REQUEST"]);
  });

  it("runs a manifest subscription sent by documentId or Apollo's hash, and the write token's holder may send text", async () => {
    const byId = subscribe(connect(trustedWs.url), { documentId: SUBSCRIPTION_ID });
    const byHash = subscribe(connect(trustedWs.url), { extensions: { persistedQuery: { version: 1, sha256Hash: SUBSCRIPTION_ID.slice("sha256:".length) } } });
    const operator = subscribe(connect(trustedWs.url, { authorization: `Bearer ${TEST_WRITE_TOKEN}` }), { query: "subscription { documentIngested { source factCount } }" });
    // Subscribing completes on the server asynchronously; give it a moment before publishing.
    await new Promise((r) => setTimeout(r, 500));
    const source = `trusted-ws-${Date.now()}.txt`;
    const res = await send(trustedWs.url, { query: "mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }", variables: { input: { text: `${SEEDS[0].text}\nA paragraph of its own.\n`, source } } }, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestDocument.status).toBe("CREATED");
    await Promise.all([byId.first, byHash.first, operator.first]);
    expect(byId.got.errors).toEqual([]);
    expect(byId.got.data).toEqual([{ documentIngested: { source, status: "CREATED" } }]);
    expect(byHash.got.data).toEqual(byId.got.data);
    expect(operator.got.errors).toEqual([]);
    expect(operator.got.data).toEqual([{ documentIngested: { source, factCount: expect.any(Number) } }]);
    for (const s of [byId, byHash, operator]) s.dispose();
  });

  it("keeps accepting subscription text outside trusted mode", async () => {
    const s = subscribe(connect(open.url), { query: "subscription { documentIngested { documentId } }" });
    await Promise.race([s.first, new Promise((r) => setTimeout(r, 1000))]);
    expect(s.got.errors).toEqual([]);
    s.dispose();
  });
});
