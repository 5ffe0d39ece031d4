// The API as an Apollo Federation 2 subgraph, tested the way the federation compatibility suite
// does: composed with a second subgraph (written here: it adds `notes` to Official and refers to
// countries by ISO code) through a real gateway, with queries that cross both; plus `_service`
// and `_entities` against the subgraph itself, counting statements per entity type.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { TEST_WRITE_TOKEN, disposeDatabase, fetchOnLiveSocket, post, seededDatabase, serve } from "./support.ts";

/** The second subgraph: notes on officials, each naming the country it is about by ISO code. */
const NOTES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Official @key(fields: "id") { id: ID! notes: [String!]! }
  type Country @key(fields: "code", resolvable: false) { code: String! }
  type Note { text: String! about: Country! }
  type Query { notes: [Note!]! }
`;

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A minimal HTTP front for an Apollo Server (the gateway and the notes subgraph). */
async function serveApollo(apollo: ApolloServer): Promise<{ url: string; close(): Promise<void> }> {
  await apollo.start();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Map<string, string>();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const { HeaderMap } = await import("@apollo/server");
    const h = new HeaderMap([...headers]);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "POST", headers: h, search: "", body: chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {} },
      context: async () => ({}),
    });
    res.writeHead(result.status ?? 200, Object.fromEntries(result.headers));
    res.end(result.body.kind === "complete" ? result.body.string : "");
  });
  const url = await listen(server);
  return {
    url,
    close: async () => {
      await apollo.stop();
      await new Promise((r) => server.close(r));
    },
  };
}

let db: Database;
let statements: string[] = [];
let subgraph: Awaited<ReturnType<typeof serve>>;
let notes: Awaited<ReturnType<typeof serveApollo>>;
let gateway: Awaited<ReturnType<typeof serveApollo>>;
let officialIds: Record<string, string> = {};
let countryNames: Record<string, string> = {};

beforeAll(async () => {
  db = await seededDatabase({ onQuery: (sql) => statements.push(sql) });
  subgraph = await serve(db);
  const { body } = await post(subgraph.url, `{ officials(first: 20) { nodes { id name } } }`);
  officialIds = Object.fromEntries(body.data!.officials.nodes.map((o: { id: string; name: string }) => [o.name, o.id]));
  const countries = await post(subgraph.url, `{ countries(first: 20) { nodes { code name } } }`);
  countryNames = Object.fromEntries(countries.body.data!.countries.nodes.map((c: { code: string; name: string }) => [c.code, c.name]));

  const notesByOfficial: Record<string, string[]> = { [officialIds["Nguyen Hong Dien"]]: ["Chairs the trade ministry's Korea desk meetings."] };
  notes = await serveApollo(
    new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: parse(NOTES_SDL),
        resolvers: {
          Official: { notes: (o: { id: string }) => notesByOfficial[o.id] ?? [] },
          Query: { notes: () => [{ text: "Trade talks follow-up", about: { code: "KR" } }, { text: "Minerals centre", about: { code: "VN" } }] },
        } as never,
      }),
    }),
  );

  const gw = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: "diplograph", url: `${subgraph.url}/graphql` }, { name: "notes", url: `${notes.url}/graphql` }] }),
    // The diplograph subgraph wants a JSON content type (CSRF prevention) and, for writes, a token.
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest: ({ request }) => {
          request.http?.headers.set("authorization", `Bearer ${TEST_WRITE_TOKEN}`);
        },
      }),
  });
  gateway = await serveApollo(new ApolloServer({ gateway: gw }));
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await notes?.close();
  await subgraph?.close();
  if (db) await disposeDatabase(db);
});

describe("the subgraph", () => {
  it("publishes its SDL with entity keys, shared and hidden fields", async () => {
    const { body } = await post(subgraph.url, `{ _service { sdl } }`);
    const sdl: string = body.data!._service.sdl;
    expect(sdl).toMatch(/type Official implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Country implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)/);
    for (const t of ["Organization", "Meeting", "Agreement"]) expect(sdl).toMatch(new RegExp(`type ${t} implements Node\\s+@key\\(fields: "id"\\)`));
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
    expect(sdl).toMatch(/databaseId: Int! @inaccessible/);
  });

  it("resolves entity references through the batch loaders: one statement per entity type", async () => {
    const representations = [
      ...Object.values(officialIds).map((id) => ({ __typename: "Official", id })),
      { __typename: "Country", code: "VN" },
      { __typename: "Country", code: "kr" },
    ];
    expect(representations.length).toBeGreaterThanOrEqual(5);
    statements = [];
    const { body } = await post(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Official { name } ... on Country { code name } } }`,
      { r: representations },
    );
    expect(body.errors).toBeUndefined();
    const entities = body.data!._entities as { __typename: string; name: string; code?: string }[];
    expect(entities.map((e) => e.name).sort()).toEqual([...Object.keys(officialIds), countryNames.VN, countryNames.KR].sort());
    expect(entities.filter((e) => e.__typename === "Country").map((e) => e.code)).toEqual(["VN", "KR"]);
    const reads = statements.filter((s) => /^\s*SELECT/i.test(s));
    expect(reads.filter((s) => /FROM [`"]?(main[`"]?\.)?[`"]?Official[`"]?/i.test(s) || /"public"\."Official"/.test(s))).toHaveLength(1);
    expect(reads.filter((s) => /FROM [`"]?(main[`"]?\.)?[`"]?Country[`"]?/i.test(s) || /"public"\."Country"/.test(s))).toHaveLength(1);
  });

  it("finds countries by their other natural keys: ISO alpha-3 code and Wikidata ID", async () => {
    const { body } = await post(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { code alpha3 wikidataId } } }`, {
      r: [
        { __typename: "Country", alpha3: "VNM" },
        { __typename: "Country", wikidataId: "Q884" },
        { __typename: "Country", wikidataId: "Q1" },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([{ code: "VN", alpha3: "VNM", wikidataId: "Q881" }, { code: "KR", alpha3: "KOR", wikidataId: "Q884" }, null]);
    const sdl: string = (await post(subgraph.url, `{ _service { sdl } }`)).body.data!._service.sdl;
    expect(sdl).toMatch(/type Country implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)\s+@key\(fields: "alpha3"\)\s+@key\(fields: "wikidataId"\)/);
  });

  it("answers an unknown reference with null and a malformed one with BAD_USER_INPUT", async () => {
    const { body } = await post(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { code } } }`, {
      r: [{ __typename: "Country", code: "ZZ" }],
    });
    expect(body.data!._entities).toEqual([null]);
    const bad = await post(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Official { name } } }`, {
      r: [{ __typename: "Official", id: "not-an-id" }],
    });
    expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("composed through a gateway with a second subgraph", () => {
  it("extends an official with the other subgraph's notes", async () => {
    const res = await fetchOnLiveSocket(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ official(name: "Nguyen Hong Dien") { name country { code } notes } }` }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data.official).toEqual({ name: "Nguyen Hong Dien", country: { code: "VN" }, notes: ["Chairs the trade ministry's Korea desk meetings."] });
  });

  it("follows the other subgraph's country references by ISO code into this graph", async () => {
    const res = await fetchOnLiveSocket(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ notes { text about { code name officials(first: 5) { totalCount nodes { name } } } } }` }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const [kr, vn] = body.data.notes;
    expect(kr.about).toMatchObject({ code: "KR", name: countryNames.KR });
    expect(vn.about).toMatchObject({ code: "VN", name: countryNames.VN });
    expect(vn.about.officials.nodes.map((o: { name: string }) => o.name)).toContain("Nguyen Hong Dien");
    expect(kr.about.officials.totalCount).toBeGreaterThan(0);
  });

  it("hides the inaccessible row IDs from the supergraph", async () => {
    const res = await fetchOnLiveSocket(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ official(name: "Nguyen Hong Dien") { databaseId } }` }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0].message).toMatch(/databaseId/);
  });
});
