// The committed schema.graphql is what the code builds, and everything in it is documented.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } from "graphql";
import { buildGraphQLSchema, printSchemaSDL, printSubgraphSDL } from "../../src/graphql/schema.ts";
import { PROJECT_ROOT } from "../../src/store/config.ts";

describe("schema", () => {
  it("schema.graphql is current (run `npm run schema` after changing src/graphql)", async () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, "schema.graphql"), "utf8");
    expect(committed, "schema.graphql is stale: run `npm run schema`").toBe(await printSchemaSDL());
  });

  it("subgraph.graphql is current (the federation SDL; `npm run schema` writes both)", async () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, "subgraph.graphql"), "utf8");
    expect(committed, "subgraph.graphql is stale: run `npm run schema`").toBe(await printSubgraphSDL());
  });

  it("describes every type, field and argument", async () => {
    const schema = await buildGraphQLSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))) continue;
      if (!type.description && !["Query", "Mutation", "Subscription"].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it("has the Relay shape: Node, connections capped at 100, the queries and mutations of the issue", async () => {
    const schema = await buildGraphQLSchema();
    const query = schema.getQueryType()!.getFields();
    for (const name of ["node", "nodes", "officials", "official", "meetings", "proposals", "agreements", "organizations", "countries", "topics", "documents", "search"]) {
      expect(query[name], name).toBeDefined();
    }
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(["addWebhookEndpoint", "deleteDocument", "ingestDocument", "joinEvents", "removeWebhookEndpoint", "resumeWebhookEndpoint", "splitMentions", "undoCuratorDecision"]);
    expect(Object.keys(schema.getSubscriptionType()!.getFields()).sort()).toEqual(["documentIngested", "factAdded"]);
    const node = schema.getType("Node");
    expect(isInterfaceType(node)).toBe(true);
    const implementations = schema.getImplementations(node as never).objects.map((t) => t.name).sort();
    expect(implementations).toEqual(["Agreement", "Country", "Document", "Evidence", "Meeting", "Official", "Organization", "Position", "Proposal", "Target", "Topic"]);
    const official = schema.getType("Official");
    if (!isObjectType(official)) throw new Error("Official is not an object type");
    for (const f of ["meetings", "proposals", "proposalsReceived", "positions", "counterparts"]) {
      expect(official.getFields()[f].args.map((a) => a.name).sort()).toEqual(["after", "before", "first", "last"]);
    }
  });
});
