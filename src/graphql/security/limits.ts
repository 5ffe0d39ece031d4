// Abusive-query limits for Apollo Server: depth, aliases and directives through graphql-armor's
// validation rules, tokens through graphql-js's own parser limit, cost per request once its
// variables are known (cost.ts), a per-request time budget, access checks per operation, and one
// error code per limit.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { HeaderMap, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext, type GraphQLRequestListener } from "@apollo/server";
import { GraphQLError, Kind, isObjectType, type ASTVisitor, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from "graphql";
import { accessError, type Access } from "./auth.ts";
import { costMessage, operationCost } from "./cost.ts";
import type { QueryLimits, Security } from "./config.ts";

import { LIMIT_CODES } from "./codes.ts";

export { LIMIT_CODES, SECURITY_ERROR_CODES } from "./codes.ts";

type Limit = keyof typeof LIMIT_CODES;

function reporter(limit: Extract<Limit, "depth" | "aliases" | "directives">, max: number) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { limit, max, securityCode: LIMIT_CODES[limit] } }));
  };
}

/** graphql-armor's depth, alias and directive rules, reporting through `reporter`. */
export function limitRules(limits: QueryLimits): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<BaseContext>[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, propagateOnRejection: false, onReject: [reporter("depth", limits.depth)] },
    // graphql-armor exempts __typename by default: 300 aliases of it would pass.
    maxAliases: { n: limits.aliases, allowList: [], propagateOnRejection: false, onReject: [reporter("aliases", limits.aliases)] },
    // Cost needs the variables (page sizes often are): costError, per request.
    costLimit: { enabled: false },
    maxDirectives: { n: limits.directives, propagateOnRejection: false, onReject: [reporter("directives", limits.directives)] },
    // Counted by graphql-js while parsing (parseOptions.maxTokens), before any rule runs.
    maxTokens: { enabled: false },
    // Its masking covers field names only; securityPlugin masks every suggestion, per caller.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules: validationRules as ValidationRule[], plugins: plugins as ApolloServerPlugin<BaseContext>[] };
}

/** Longest string a filter argument may carry (a report's own `text` in an input object is exempt). */
export const MAX_STRING_ARGUMENT = 1000;

function badString(where: string, inValidation: boolean, problem: string): GraphQLError {
  // Apollo recodes validation errors as GRAPHQL_VALIDATION_FAILED; securityCode restores ours.
  const extensions = inValidation
    ? { securityCode: "BAD_USER_INPUT", argument: where }
    : { code: "BAD_USER_INPUT", argument: where, http: { status: 400, headers: new HeaderMap() } };
  return new GraphQLError(`\`${where}\` ${problem}.`, { extensions });
}

/** Why a string argument is refused, or null: too long (outside an input's `text`), or holding NUL (PostgreSQL text cannot). */
function stringProblem(value: string, where: string, inObject: boolean): string | null {
  if (value.includes("\u0000")) return "contains a NUL character";
  if (value.length > MAX_STRING_ARGUMENT && !(inObject && where.endsWith(".text"))) return `is longer than ${MAX_STRING_ARGUMENT} characters`;
  return null;
}

/** Literal string arguments over MAX_STRING_ARGUMENT (outside input objects' `text`) or with NUL are refused. */
export const stringLengthRule: ValidationRule = (context): ASTVisitor => ({
  Argument(node) {
    const check = (value: typeof node.value, where: string, inObject: boolean): void => {
      if (value.kind === Kind.STRING) {
        const problem = stringProblem(value.value, where, inObject);
        if (problem) context.reportError(badString(where, true, problem));
      } else if (value.kind === Kind.LIST) value.values.forEach((v, i) => check(v, `${where}[${i}]`, inObject));
      else if (value.kind === Kind.OBJECT) for (const f of value.fields) check(f.value, `${where}.${f.name.value}`, true);
    };
    check(node.value, node.name.value, false);
  },
});

/**
 * How deep a variable's value may nest. The schema's inputs nest two levels at most; the walk
 * below is iterative and stops here, so 5,000 levels cost nothing and overflow no stack.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** The string rule for variable values, and their nesting depth (VARIABLES_TOO_DEEP). */
export function checkVariableLengths(variables: Record<string, unknown> | undefined): void {
  const pending: { value: unknown; where: string; inObject: boolean; depth: number }[] = Object.entries(variables ?? {}).map(([name, value]) => ({ value, where: `$${name}`, inObject: false, depth: 0 }));
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, where, inObject, depth } = item;
    if (typeof value === "string") {
      const problem = stringProblem(value, where, inObject);
      if (problem) throw badString(where, false, problem);
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_VARIABLE_DEPTH) {
      throw new GraphQLError(`\`${where.split(/[.[]/)[0]}\` nests deeper than ${MAX_VARIABLE_DEPTH} levels.`, {
        extensions: { code: LIMIT_CODES.variableDepth, limit: "variableDepth", max: MAX_VARIABLE_DEPTH, http: { status: 400, headers: new HeaderMap() } },
      });
    }
    if (Array.isArray(value)) value.forEach((v, i) => pending.push({ value: v, where: `${where}[${i}]`, inObject, depth: depth + 1 }));
    else for (const [k, v] of Object.entries(value)) pending.push({ value: v, where: `${where}.${k}`, inObject: true, depth: depth + 1 });
  }
}

/**
 * graphql-js's "Did you mean ...?" tail (fields, arguments, types, enum values). It names parts of
 * the schema, so it goes when the schema is hidden: introspection off, or a caller who may not read.
 */
const SUGGESTION_RE = / ?Did you mean [^\n]*\?$/;

const TOKENS_RE = /Document contains more th(?:an|at) (\d+) tokens/; // graphql-js 16 spells it "more that"

/** A context carrying the request's access decision (set by the server). */
export interface SecuredContext extends BaseContext {
  access?: Access;
  signal?: AbortSignal;
}

/**
 * Per request: refuses an operation the caller may not run (before anything executes), stops
 * running resolvers once the time budget is spent (with guardResolvers on the schema), and gives
 * each limit's error its own code.
 */
export function securityPlugin(security: Security): ApolloServerPlugin<SecuredContext> {
  return {
    async requestDidStart({ contextValue }): Promise<GraphQLRequestListener<SecuredContext>> {
      const deadline = Date.now() + security.requestTimeoutMs;
      let timedOut = false;
      // Stops the remaining resolvers (and their database work) once the budget is spent or the client left.
      setBudget(contextValue, {
        spent: () => Date.now() > deadline || Boolean(contextValue.signal?.aborted),
        error: () => ((timedOut = true), timeoutError(security.requestTimeoutMs)),
      });
      return {
        async didResolveOperation({ operation, contextValue, request, document, schema }) {
          const access = contextValue.access;
          if (access && operation) {
            if (operation.operation === "mutation") {
              if (access.writeRefusal) throw accessError(access.writeRefusal);
            } else if (access.readRefusal) {
              throw accessError(access.readRefusal);
            }
          }
          checkVariableLengths(request.variables);
          if (operation && document) {
            const error = costError(schema, document, operation, request.variables, security.limits.cost);
            if (error) throw error;
          }
        },
        async didEncounterErrors({ errors, contextValue }) {
          const hideSchema = !security.introspection || Boolean(contextValue.access?.readRefusal);
          for (const error of errors) {
            if (hideSchema && SUGGESTION_RE.test(error.message)) error.message = error.message.replace(SUGGESTION_RE, "");
            const ext = error.extensions as Record<string, unknown>;
            if (typeof ext.securityCode === "string") {
              ext.code = ext.securityCode;
              delete ext.securityCode;
              continue;
            }
            const tokens = TOKENS_RE.exec(error.message);
            if (tokens && ext.code === "GRAPHQL_PARSE_FAILED") {
              ext.code = LIMIT_CODES.tokens;
              ext.limit = "tokens";
              ext.max = Number(tokens[1]);
            }
          }
        },
        async willSendResponse({ response }) {
          if (timedOut && response.body.kind === "single") response.http.status = 503;
        },
      };
    },
  };
}

/** A request's time budget, as the resolvers see it (guardResolvers). */
interface Budget {
  spent(): boolean;
  /** The error to throw, marking the request as timed out. */
  error(): GraphQLError;
}

const BUDGET = Symbol("time budget");

function setBudget(context: object, budget: Budget): void {
  // Configurable: a context object that served an earlier operation takes the new budget.
  Object.defineProperty(context, BUDGET, { value: budget, configurable: true });
}

const GUARDED = Symbol("resolvers guarded");

/**
 * Makes every field with a resolver of its own check the request's time budget before it runs.
 * Only those fields read the database; a field read off its parent's row costs nothing, so it is
 * left to graphql-js's default resolver. (An Apollo `willResolveField` hook did this for every
 * field, and made Apollo wrap them all: bench/README.md.) Changes `schema` in place, once; a
 * context without a budget (graphql-js run directly, as in tests) is not checked.
 */
export function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  if ((schema as unknown as Record<symbol, boolean>)[GUARDED]) return schema;
  Object.defineProperty(schema, GUARDED, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        const budget = (context as Record<symbol, Budget> | undefined)?.[BUDGET];
        if (budget?.spent()) throw budget.error();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** QUERY_TOO_COMPLEX (400) when the operation costs more than `max`, naming the page sizes to lower. */
export function costError(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, max: number): GraphQLError | null {
  const found = operationCost(schema, document, operation, variables);
  if (found.cost <= max) return null;
  return new GraphQLError(costMessage(found, max), {
    extensions: {
      code: LIMIT_CODES.cost,
      limit: "cost",
      max,
      cost: found.cost,
      pageSizes: found.pages.slice(0, 10).map(({ path, field, argument, value }) => ({ path, field, argument, value })),
      http: { status: 400, headers: new HeaderMap() },
    },
  });
}

export function timeoutError(budgetMs: number): GraphQLError {
  return new GraphQLError(`The request exceeded its time budget of ${budgetMs} ms.`, { extensions: { code: LIMIT_CODES.time, limit: "time", max: budgetMs } });
}

/** Everything to spread into `new ApolloServer({...})`; `plugins` must be merged with the server's own. */
export function apolloSecurity(security: Security): Pick<ApolloServerOptions<BaseContext>, "introspection" | "validationRules" | "parseOptions" | "csrfPrevention" | "allowBatchedHttpRequests"> & { plugins: ApolloServerPlugin<any>[] } {
  const rules = limitRules(security.limits);
  return {
    introspection: security.introspection,
    validationRules: [...rules.validationRules, stringLengthRule],
    parseOptions: { maxTokens: security.limits.tokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [securityPlugin(security), ...rules.plugins],
  };
}
