// Runs operations against the schema in-process (no HTTP), with a fresh per-request context.
import { graphql } from "graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.ts";
import { createContext } from "../../src/graphql/context.ts";
import type { Database } from "../../src/store/db.ts";

export async function run(db: Database, source: string, variableValues?: Record<string, unknown>) {
  const schema = await buildGraphQLSchema();
  const result = await graphql({ schema, source, variableValues, contextValue: createContext(db) });
  return JSON.parse(JSON.stringify(result)) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };
}
