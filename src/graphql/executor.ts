// Query execution for Apollo Server: graphql-jit for a query document seen before, graphql-js
// otherwise. Apollo still parses, validates (with its document cache) and runs every plugin hook;
// only the execution step is replaced, through Apollo's gateway interface (its one documented way
// to supply an executor). graphql-js resolves a field through a generic loop that builds a
// resolve-info object and a promise per field; graphql-jit turns one operation into JavaScript
// that reads plain properties inline and builds info lazily (figures: bench/README.md, issue 16,
// fifth pass).
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { execute, GraphQLError, isAbstractType, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { ApolloServerOptions, BaseContext } from "@apollo/server";

type Gateway = NonNullable<ApolloServerOptions<BaseContext>["gateway"]>;
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;

/**
 * Runs of one operation under graphql-js before it is compiled. Compiling costs more than one
 * run saves (code generation and `new Function`), so a document seen once, as a client sending
 * endless distinct documents would make, is never compiled.
 */
export const COMPILE_AFTER_RUNS = 1;

/** Operations run so far, by executor (for tests and profiling). */
export const executions = { compiled: 0, graphqlJs: 0 };

interface Entry {
  runs: number;
  compiled?: CompiledQuery | null;
}

/**
 * Per document (Apollo's document cache hands out the same parsed object for the same text, and
 * one evicted from it is collected with its entries), per operation name.
 */
const entries = new WeakMap<DocumentNode, Map<string, Entry>>();

function entryFor(document: DocumentNode, operationName: string | null): Entry {
  let byName = entries.get(document);
  if (!byName) entries.set(document, (byName = new Map()));
  const key = operationName ?? "";
  let entry = byName.get(key);
  if (!entry) byName.set(key, (entry = { runs: 0 }));
  return entry;
}

/** The compiled query once the operation has run COMPILE_AFTER_RUNS times, or null (run it with graphql-js). */
function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | null {
  const entry = entryFor(document, operationName);
  if (entry.compiled !== undefined) return entry.compiled;
  if (++entry.runs <= COMPILE_AFTER_RUNS) return null;
  const compiled = compileQuery(schema, document, operationName ?? undefined);
  // Whatever graphql-jit cannot compile keeps running under graphql-js.
  entry.compiled = isCompiledQuery(compiled) ? compiled : null;
  return entry.compiled;
}

/**
 * graphql-jit's errors as graphql-js's `locatedError` makes them: an error a resolver threw that
 * already carries its path as it is, any other with the path, locations and the original's
 * extensions (graphql-jit leaves `extensions` undefined where graphql-js gives {}, which Apollo reads).
 */
function located(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && original.path) return original;
  const out = new GraphQLError(error.message, { path: error.path, originalError: original ?? undefined, extensions: error.extensions ?? undefined });
  (out as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return out;
}

function runGraphQLJs(schema: GraphQLSchema, document: DocumentNode, contextValue: unknown, variables: Record<string, unknown> | undefined, operationName: string | undefined) {
  executions.graphqlJs++;
  return execute({ schema, document, contextValue, variableValues: variables, operationName });
}

/**
 * The executor: queries through graphql-jit once seen before; mutations, subscriptions, an
 * operation Apollo could not pick and a query whose variables graphql-jit refuses under graphql-js
 * (its messages and error codes are the ones clients and tests know).
 */
export function executor(schema: GraphQLSchema): Executor {
  return async (request) => {
    const { document, operation, operationName, context } = request;
    const variables = request.request.variables;
    const compiled = operation?.operation === "query" ? compiledFor(schema, document, operationName) : null;
    if (!compiled) return runGraphQLJs(schema, document, context, variables, request.request.operationName);
    const result = (await compiled.query(undefined, context, variables ?? {})) as ExecutionResult;
    if (!("data" in result)) return runGraphQLJs(schema, document, context, variables, request.request.operationName);
    executions.compiled++;
    return result.errors ? { ...result, errors: result.errors.map(located) } : result;
  };
}

/**
 * Abstract types resolved from the value's `__typename` at once. TypeGraphQL wraps every
 * `resolveType` in an async function; graphql-js awaits its promise, graphql-jit does not. Every
 * value of an abstract type here carries `__typename` (resolvers/common.ts `typed`); one without it
 * still goes to the type's own resolver. Changes `schema` in place.
 */
export function syncTypeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith("__")) continue;
    const resolveType = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => {
      const name = (value as { __typename?: unknown } | null)?.__typename;
      return typeof name === "string" ? name : resolveType?.(value, context, info, abstractType);
    };
  }
  return schema;
}

/** A gateway for `new ApolloServer({ gateway })` serving `schema` with `executor`. */
export function jitGateway(schema: GraphQLSchema): Gateway {
  syncTypeResolvers(schema);
  let loaded: Parameters<Gateway["onSchemaLoadOrUpdate"]>[0] | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      loaded = callback;
      return () => {
        loaded = null;
      };
    },
    async load() {
      loaded?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return { executor: executor(schema) };
    },
    async stop() {},
  };
}
