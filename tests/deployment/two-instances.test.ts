// Several API instances behind a load balancer share one database and no other state: what one
// instance writes, the other reads at once.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/db.ts";
import { post, serve } from "../graphql/support.ts";
import { dropDatabase, freshDatabaseUrl } from "../helpers/database.ts";

type Running = Awaited<ReturnType<typeof serve>>;

async function gql(server: Running, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await post(server.url, query, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as any;
}

describe("two API instances on one database", () => {
  let url: string;
  const dbs: Database[] = [];
  const servers: Running[] = [];
  beforeAll(async () => {
    url = await freshDatabaseUrl();
    for (let i = 0; i < 2; i++) {
      // Each instance opens its own connection pool, as separate processes would.
      const db = await openDatabase(url);
      dbs.push(db);
      servers.push(await serve(db));
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const d of dbs) await d.close();
    await dropDatabase(url);
  });

  it("listen on different ports", () => {
    expect(new URL(servers[0].url).port).not.toBe(new URL(servers[1].url).port);
  });

  it("reads through one instance what was written through the other, both ways", async () => {
    const [a, b] = servers;
    const text = fs.readFileSync("seeds/000_8351da674720dd2b.txt", "utf8");
    const ingested = await gql(a, `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id } } }`, {
      input: { text, source: "seeds/000_8351da674720dd2b.txt" },
    });
    expect(ingested.ingestDocument.status).toMatch(/created/i);
    const id = ingested.ingestDocument.document.id;

    const seen = await gql(b, `query($id: ID!) { node(id: $id) { id ... on Document { source } } officials(first: 10) { totalCount edges { node { name } } } }`, { id });
    expect(seen.node).toEqual({ id, source: "seeds/000_8351da674720dd2b.txt" });
    expect(seen.officials.edges.map((e: any) => e.node.name)).toContain("Nguyen Hong Dien");

    await gql(b, `mutation($id: ID!) { deleteDocument(id: $id) { deletedDocumentId } }`, { id });
    const gone = await gql(a, `query($id: ID!) { node(id: $id) { id } documents(first: 5) { totalCount } }`, { id });
    expect(gone.node).toBeNull();
    expect(gone.documents.totalCount).toBe(0);
  });
});
