// Invalid UTF-8 is refused on every way into the API (a JSON body, an application/graphql body, a
// GET query string, raw bytes in the URL) with INVALID_UTF8, and nothing is stored: decoding it
// leniently once stored U+FFFD where the CLI refuses the same bytes.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { decodeRequestTarget } from "../../src/http/body.ts";
import { disposeDatabase, seededDatabase, serve, TEST_WRITE_TOKEN, SEEDS } from "../graphql/support.ts";

let db: Database;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  db = await seededDatabase();
  server = await serve(db);
});

afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

const BAD = Buffer.from([0xff, 0xfe, 0xc3, 0x28]);
const INGEST = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }";

async function postBytes(body: Buffer, contentType: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": contentType, authorization: `Bearer ${TEST_WRITE_TOKEN}`, "apollo-require-preflight": "1" },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** A JSON ingestDocument request whose text carries `bytes` in the middle of a seed. */
function ingestBody(bytes: Buffer): Buffer {
  const text = SEEDS[0].text.replace(/Hanoi/, "Ha\u0000noi"); // a marker where the bytes go
  const json = JSON.stringify({ query: INGEST, variables: { input: { text, source: "bad-bytes.txt" } } });
  const [before, after] = json.split("\\u0000");
  return Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]);
}

function rawRequest(target: Buffer): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1", () => {
      socket.write(Buffer.concat([Buffer.from("GET "), target, Buffer.from(" HTTP/1.1\r\nhost: x\r\napollo-require-preflight: 1\r\nconnection: close\r\n\r\n")]));
    });
    let answer = "";
    socket.on("data", (c) => (answer += c.toString("latin1")));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("invalid UTF-8 through the API", () => {
  it("refuses it inside a JSON body and stores nothing", async () => {
    const before = await db.prisma.document.count();
    const a = await postBytes(ingestBody(BAD), "application/json");
    expect(a.status).toBe(400);
    expect(a.body.errors?.[0].extensions?.code).toBe("INVALID_UTF8");
    expect(a.body.errors?.[0].message).toMatch(/not valid UTF-8/);
    // Split across the body's chunks, or alone, the same.
    for (const bytes of [Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc0, 0xaf])]) {
      const b = await postBytes(ingestBody(bytes), "application/json; charset=utf-8");
      expect(b.body.errors?.[0].extensions?.code).toBe("INVALID_UTF8");
    }
    expect(await db.prisma.document.count()).toBe(before);
    expect(await db.prisma.document.count({ where: { text: { contains: "\ufffd" } } })).toBe(0);
  });

  it("accepts the same document in valid UTF-8", async () => {
    const a = await postBytes(ingestBody(Buffer.from("Hà Nội ")), "application/json");
    expect(a.status).toBe(200);
    expect(a.body.data.ingestDocument.status).toBe("CREATED");
  });

  it("refuses it in an application/graphql body", async () => {
    const a = await postBytes(Buffer.concat([Buffer.from('{ countries(name: "'), BAD, Buffer.from('") { totalCount } }')]), "application/graphql");
    expect(a.status).toBe(400);
    expect(a.body.errors?.[0].extensions?.code).toBe("INVALID_UTF8");
  });

  it("refuses it percent-encoded in a GET query string", async () => {
    const query = encodeURIComponent('{ countries(name: "X') + "%FF%FE%C3%28" + encodeURIComponent('") { totalCount } }');
    const res = await fetch(`${server.url}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("INVALID_UTF8");
    // Valid escapes and a stray "%" still work.
    const ok = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ countries(name: "Hà Nội 100%") { totalCount } }')}`, { headers: { "apollo-require-preflight": "1" } });
    expect(ok.status).toBe(200);
  });

  it("refuses raw bytes in the request URL", async () => {
    const answer = await rawRequest(Buffer.concat([Buffer.from("/graphql?query={countries(name:%22"), BAD, Buffer.from("%22){totalCount}}")]));
    // Node's HTTP parser refuses any raw byte over 0x7F in the target before the API sees it.
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(await db.prisma.document.count({ where: { text: { contains: "\ufffd" } } })).toBe(0);
  });

  it("decodes request targets", () => {
    expect(decodeRequestTarget("/graphql?q=a%20b&x=100%")).toBe("/graphql?q=a%20b&x=100%");
    expect(decodeRequestTarget(Buffer.from("/g?q=Việt").toString("latin1"))).toBe("/g?q=Việt");
    expect(() => decodeRequestTarget("/g?q=%C3%28")).toThrow(/query string is not valid UTF-8/);
  });
});
