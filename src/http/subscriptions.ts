// Subscriptions over graphql-ws on the API's own port and path (a WebSocket upgrade of
// /graphql), the server's event bus, and the webhook delivery loop: everything the server does
// to tell other services about new facts. server.ts only attaches and closes it.
import type http from "node:http";
import { GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLFormattedError } from "graphql";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { Database } from "../store/db.ts";
import { buildServedSchema } from "../graphql/schema.ts";
import { createContext } from "../graphql/context.ts";
import { formatError } from "../graphql/errors.ts";
import { resolveSecurity, type SecurityOptions } from "../graphql/security/config.ts";
import { bearerToken, decideAccess, tokenMatches } from "../graphql/security/auth.ts";
import { loadManifests, resolveTrustedDocument, TrustedDocumentError, type RequestParams } from "../graphql/security/trusted-documents.ts";
import { checkVariableLengths, limitRules, stringLengthRule, LIMIT_CODES } from "../graphql/security/limits.ts";
import { createEventBus, type EventBus } from "../notify/bus.ts";
import { resolveNotify, type NotifyOptions } from "../notify/config.ts";
import { startDeliveryLoop, WAITING_DELIVERY_PARAMS, WAITING_DELIVERY_SQL } from "../notify/delivery.ts";

export interface NotificationsOptions extends SecurityOptions, NotifyOptions {
  db: Database;
  /** Run the webhook delivery loop in this process (default true). */
  deliverWebhooks?: boolean;
}

export interface Notifications {
  bus: EventBus;
  close(): Promise<void>;
}

/** The Authorization value from connection_init's payload (`authorization` or `Authorization`), else from the upgrade request. */
function authorizationOf(params: Record<string, unknown> | undefined, request: http.IncomingMessage): string | undefined {
  const fromParams = params?.authorization ?? params?.Authorization;
  if (typeof fromParams === "string") return fromParams;
  const header = request.headers.authorization;
  return typeof header === "string" ? header : undefined;
}

/** graphql-armor's validation errors carry their code as securityCode (Apollo recodes `code`): give it back. */
function withLimitCode(e: GraphQLError): GraphQLError {
  const { securityCode, ...extensions } = e.extensions as Record<string, unknown>;
  return typeof securityCode === "string" ? new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...extensions, code: securityCode } }) : e;
}

const SUGGESTION_RE = / ?Did you mean [^\n]*\?$/;
const TOKENS_RE = /Document contains more th(?:an|at) (\d+) tokens/;

export async function attachNotifications(
  httpServer: http.Server,
  opts: NotificationsOptions,
  log: (line: string) => void,
  /** Marks an upgraded socket as being answered, so the connection cap does not close it for a newcomer. */
  answering?: (socket: Socket, on: boolean) => void,
): Promise<Notifications> {
  const { db } = opts;
  const security = resolveSecurity(opts);
  const settings = resolveNotify(opts);
  const bus = await createEventBus(settings);
  // The poll asks the direct read path first, outside Prisma's client (delivery.ts).
  const waiting = () => db.read.rows(WAITING_DELIVERY_SQL, WAITING_DELIVERY_PARAMS).then((rows) => rows.length > 0);
  const loop = opts.deliverWebhooks === false ? null : startDeliveryLoop(db.prisma, settings, log, waiting);
  const format = formatError(log);
  // graphql-js's own errors (document validation, variable values) carry no code and no foreign
  // cause: they are the client's, like Apollo's GRAPHQL_VALIDATION_FAILED and BAD_USER_INPUT.
  const clientError = (e: GraphQLError) => !e.extensions?.code && (!e.originalError || e.originalError instanceof GraphQLError);
  const formatAll = (errors: readonly GraphQLError[], code: string): GraphQLFormattedError[] =>
    errors.map((e) => (clientError(e) ? { ...e.toJSON(), extensions: { code } } : format(e.toJSON(), e)));

  // Past the cap an upgrade is refused before the socket is taken over; open ones are capped
  // here, not evicted by the HTTP connection cap (they are being answered).
  // Given the HTTP server itself (`server:`), ws would also re-emit that server's own errors, such
  // as a port in use at listen, which graphql-ws then prints as an internal error with a stack
  // trace before the CLI can say what to do: take its upgrades only.
  const wss = new WebSocketServer({
    noServer: true,
    path: "/graphql",
    maxPayload: settings.maxMessageBytes,
    verifyClient: (_info, done) => (wss.clients.size < settings.maxWsConnections ? done(true) : done(false, 503, "Too many WebSocket connections", { "retry-after": "5" })),
  });
  const upgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
  httpServer.on("upgrade", upgrade);
  wss.on("connection", (_ws, request) => answering?.(request.socket, true));
  const schema = await buildServedSchema();
  const manifest = loadManifests(security.trustedDocuments);
  const trustedOnly = security.trustedDocuments.length > 0;
  // The same limits as over HTTP: tokens while parsing, then depth, aliases, cost, directives and
  // string lengths while validating, variables' nesting, and introspection when it is off.
  const rules = [...specifiedRules, ...limitRules(security.limits).validationRules, stringLengthRule, ...(security.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const refuse = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      const coded = withLimitCode(e);
      if (!security.introspection && SUGGESTION_RE.test(coded.message)) return new GraphQLError(coded.message.replace(SUGGESTION_RE, ""), { nodes: coded.nodes, extensions: coded.extensions });
      return coded;
    });
  const server = useServer(
    {
      schema,
      onConnect(ctx) {
        const authorization = authorizationOf(ctx.connectionParams, ctx.extra.request);
        const access = decideAccess(security, authorization ? { authorization } : {});
        // false closes the socket with 4403 Forbidden before any operation runs.
        return access.read;
      },
      context(ctx) {
        const authorization = authorizationOf(ctx.connectionParams, ctx.extra.request);
        const headers = authorization ? { ...ctx.extra.request.headers, authorization } : ctx.extra.request.headers;
        return { ...createContext(db, headers), access: decideAccess(security, headers), bus };
      },
      onSubscribe(ctx, _id, payload) {
        // graphql-ws has already registered this one among the connection's operations.
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${settings.maxSubscriptionsPerConnection} subscriptions per connection; complete one or open another connection.`, {
              extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
            }),
          ];
        }
        // In trusted-documents mode a subscription is a manifest operation sent by its identifier,
        // as over HTTP. graphql-ws insists on a string `query`: an empty one stands for none.
        let query: string;
        try {
          const operator = trustedOnly && security.writeToken != null && tokenMatches(bearerToken({ authorization: authorizationOf(ctx.connectionParams, ctx.extra.request) }), security.writeToken);
          const params: RequestParams = { ...payload, query: payload.query === "" ? undefined : payload.query };
          const resolved = resolveTrustedDocument(params, manifest, { trustedOnly: trustedOnly && !operator });
          query = typeof resolved.query === "string" ? resolved.query : "";
        } catch (e) {
          if (e instanceof TrustedDocumentError) return [new GraphQLError(e.message, { extensions: { code: e.code } })];
          throw e;
        }
        let document: DocumentNode;
        try {
          document = parse(query, { maxTokens: security.limits.tokens });
        } catch (e) {
          const message = (e as Error).message.replace(/^Syntax Error: /, "");
          const tokens = TOKENS_RE.exec(message);
          return [new GraphQLError(message, { extensions: tokens ? { code: LIMIT_CODES.tokens, limit: "tokens", max: Number(tokens[1]) } : { code: "GRAPHQL_PARSE_FAILED" } })];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length) return refuse(invalid);
        // Queries and mutations go over HTTP, where the execution cap, the time budget and the
        // write token apply; the socket carries subscriptions only.
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== "subscription") {
          return [new GraphQLError(`Only subscriptions run over the WebSocket; send ${operation.operation === "mutation" ? "mutations" : "queries"} to POST /graphql.`, { extensions: { code: "BAD_REQUEST" } })];
        }
        try {
          checkVariableLengths(payload.variables ?? undefined);
        } catch (e) {
          const { http: _http, ...extensions } = (e as GraphQLError).extensions as Record<string, unknown>;
          return [new GraphQLError((e as Error).message, { extensions })];
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (result.errors?.length) return { ...result, errors: formatAll(result.errors, "BAD_USER_INPUT") };
      },
      onError(_ctx, _id, _payload, errors) {
        return formatAll(errors, "GRAPHQL_VALIDATION_FAILED");
      },
    },
    wss,
  );
  log(`subscriptions over graphql-ws at /graphql (events ${bus.transport === "redis" ? "through Redis" : "in process"})`);

  return {
    bus,
    async close() {
      await server.dispose();
      httpServer.off("upgrade", upgrade);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await loop?.stop();
      await bus.close();
    },
  };
}
