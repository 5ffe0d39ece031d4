// The event bus between ingesting processes and subscribers: Redis pub/sub when REDIS_URL is set
// (so a subscriber on one API instance sees an ingest made by another, the CLI or a worker),
// else in process.
import { createPubSub, filter, pipe } from "@graphql-yoga/subscription";
import type { DocumentIngestedEvent, EventFilter, FactAddedEvent, IngestEvents } from "./events.ts";
import { factMatches } from "./events.ts";
import type { NotifySettings } from "./config.ts";

export interface EventBus {
  readonly transport: "redis" | "memory";
  publish(events: IngestEvents): void;
  facts(filter: EventFilter): AsyncIterable<FactAddedEvent>;
  documents(): AsyncIterable<DocumentIngestedEvent>;
  /** Sends what is queued and disconnects. */
  close(): Promise<void>;
}

type Topics = Record<string, [unknown]>;

export async function createEventBus(settings: Pick<NotifySettings, "redisUrl" | "redisPrefix">): Promise<EventBus> {
  const factTopic = `${settings.redisPrefix}factAdded`;
  const documentTopic = `${settings.redisPrefix}documentIngested`;
  let close = async () => {};
  let eventTarget: NonNullable<Parameters<typeof createPubSub>[0]>["eventTarget"] | undefined;
  if (settings.redisUrl) {
    const [{ Redis }, { createRedisEventTarget }] = await Promise.all([import("ioredis"), import("@graphql-yoga/redis-event-target")]);
    // Pub/sub needs its own connection: a subscribed Redis connection cannot publish.
    const publishClient = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscribeClient = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
    eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
    close = async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    };
  }
  const pubSub = createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
  return {
    transport: settings.redisUrl ? "redis" : "memory",
    publish(events) {
      pubSub.publish(documentTopic, events.document);
      for (const fact of events.facts) pubSub.publish(factTopic, fact);
    },
    facts(wanted) {
      return pipe(
        pubSub.subscribe(factTopic) as AsyncIterable<FactAddedEvent>,
        filter((fact: FactAddedEvent) => factMatches(wanted, fact)),
      );
    },
    documents() {
      return pubSub.subscribe(documentTopic) as AsyncIterable<DocumentIngestedEvent>;
    },
    close: () => close(),
  };
}
