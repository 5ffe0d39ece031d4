// Queries seen before run through graphql-jit (src/graphql/executor.ts): the same answers, errors
// and codes as graphql-js gives them the first time, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { toGlobalId } from "../../src/ids.ts";
import { executions } from "../../src/graphql/executor.ts";
import { buildServedSchema } from "../../src/graphql/schema.ts";
import { freshDatabase } from "../helpers/database.ts";
import { buildGraph } from "./graph.ts";
import { disposeDatabase, post, serve } from "./support.ts";

let db: Database;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  db = await freshDatabase();
  await buildGraph(db, { documents: 3 });
  server = await serve(db);
});
afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

/** The same request twice: graphql-js the first time, graphql-jit the second; both answers. */
async function twice(query: string, variables?: Record<string, unknown>) {
  const before = { ...executions };
  const first = await post(server.url, query, variables);
  const second = await post(server.url, query, variables);
  return { first, second, compiled: executions.compiled - before.compiled, graphqlJs: executions.graphqlJs - before.graphqlJs };
}

describe("compiled queries", () => {
  it("answer as graphql-js does: lazy counts, unions, interfaces, nested pages", async () => {
    const officials = await post(server.url, `{ officials(first: 1) { nodes { id } } }`);
    const id = officials.body.data!.officials.nodes[0].id as string;
    const query = `query Q($text: String!, $id: ID!) {
      officials(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { name title country { code }
        meetings(first: 2) { totalCount nodes { kind date participants { role official { name } } } } } }
      search(text: $text, first: 5) { totalCount edges { kind title node { __typename ... on Official { name } ... on Country { code } } } nodes { __typename } }
      node(id: $id) { __typename id ... on Official { name } }
    }`;
    const { first, second, compiled, graphqlJs } = await twice(query, { text: "a", id });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.officials.totalCount).toBeGreaterThan(0);
    expect(first.body.data!.search.edges.length).toBeGreaterThan(0);
    expect(first.body.data!.node.__typename).toBe("Official");
    expect(second).toEqual(first);
    expect(JSON.stringify(second.body)).toBe(JSON.stringify(first.body));
    expect([graphqlJs, compiled]).toEqual([1, 1]);
  });

  it("report a resolver's error with its path, locations and code, and refused variables with graphql-js's message", async () => {
    const missing = toGlobalId("Official", 999999);
    const query = `query Q($id: ID!) { official(id: $id) { name } officials(first: 1) { nodes { name } } }`;
    const failing = await twice(query, { id: "not a global id" });
    expect(failing.first.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(failing.second).toEqual(failing.first);
    expect(failing.compiled).toBe(1);
    const absent = await twice(query, { id: missing });
    expect(absent.first.body.errors?.[0]).toMatchObject({ path: ["official"], locations: [{ line: 1, column: 21 }], extensions: { code: "NOT_FOUND" } });
    expect(absent.second).toEqual(absent.first);
    expect(absent.compiled).toBe(2);
    const refused = await post(server.url, query, { id: 12.5 });
    const again = await post(server.url, query, { id: { nested: true } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value 12.5; ID cannot represent value: 12.5/);
    expect(again.status).toBe(400);
    expect(again.body.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value \{ nested: true \}/);
  });

  it("leave mutations to graphql-js", async () => {
    const { graphqlJs, compiled } = await twice(`mutation { deleteDocument(id: "${toGlobalId("Document", 999999)}") { deletedDocumentId } }`);
    expect([graphqlJs, compiled]).toEqual([2, 0]);
  });

  it("read plain fields off the row without a resolver of their own", async () => {
    const schema = await buildServedSchema();
    const fields = (schema.getType("Official") as import("graphql").GraphQLObjectType).getFields();
    expect(fields.name!.resolve).toBeUndefined();
    expect(fields.meetings!.resolve).toBeTypeOf("function");
  });
});
