// Subscriptions over graphql-ws on the API's own port and path (a WebSocket upgrade of
// /graphql), the server's event bus, and the webhook delivery loop: everything the server does
// to tell other services about new facts. server.ts only attaches and closes it.
import type http from "node:http";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { Database } from "../store/db.ts";
import { buildServedSchema } from "../graphql/schema.ts";
import { createContext } from "../graphql/context.ts";
import { formatError } from "../graphql/errors.ts";
import { resolveSecurity, type SecurityOptions } from "../graphql/security/config.ts";
import { decideAccess } from "../graphql/security/auth.ts";
import { createEventBus, type EventBus } from "../notify/bus.ts";
import { resolveNotify, type NotifyOptions } from "../notify/config.ts";
import { startDeliveryLoop } from "../notify/delivery.ts";

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

export async function attachNotifications(httpServer: http.Server, opts: NotificationsOptions, log: (line: string) => void): Promise<Notifications> {
  const { db } = opts;
  const security = resolveSecurity(opts);
  const settings = resolveNotify(opts);
  const bus = await createEventBus(settings);
  const loop = opts.deliverWebhooks === false ? null : startDeliveryLoop(db.prisma, settings, log);
  const format = formatError(log);
  // graphql-js's own errors (document validation, variable values) carry no code and no foreign
  // cause: they are the client's, like Apollo's GRAPHQL_VALIDATION_FAILED and BAD_USER_INPUT.
  const clientError = (e: GraphQLError) => !e.extensions?.code && (!e.originalError || e.originalError instanceof GraphQLError);
  const formatAll = (errors: readonly GraphQLError[], code: string): GraphQLFormattedError[] =>
    errors.map((e) => (clientError(e) ? { ...e.toJSON(), extensions: { code } } : format(e.toJSON(), e)));

  const wss = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: settings.maxMessageBytes });
  const server = useServer(
    {
      schema: await buildServedSchema(),
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
      onSubscribe(ctx) {
        // graphql-ws has already registered this one among the connection's operations.
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${settings.maxSubscriptionsPerConnection} subscriptions per connection; complete one or open another connection.`, {
              extensions: { code: "TOO_MANY_SUBSCRIPTIONS" },
            }),
          ];
        }
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
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await loop?.stop();
      await bus.close();
    },
  };
}
