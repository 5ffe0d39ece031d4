// The one way an ingest is announced, used by the ingestDocument mutation, `diplograph ingest`
// and any worker: after the transaction committed, build the events from the stored document,
// write the webhook deliveries they owe, and publish them on the process's event bus.
import type { Db } from "../store/db.ts";
import type { EventBus } from "./bus.ts";
import { buildIngestEvents, type IngestEvents } from "./events.ts";
import { enqueueDeliveries } from "./webhooks.ts";

export interface Ingested {
  documentId: number;
  status: "created" | "replaced" | "unchanged";
}

/**
 * Announces one committed ingest (an unchanged document announces nothing). Never throws: the
 * document is stored either way, so a failure here is logged rather than reported as a failed ingest.
 */
export async function publishIngest(db: Db, bus: EventBus | null, ingested: Ingested, log: (line: string) => void = (l) => console.error(l)): Promise<IngestEvents | null> {
  if (ingested.status === "unchanged") return null;
  try {
    const events = await buildIngestEvents(db, ingested.documentId, ingested.status);
    if (!events) return null; // deleted in between
    await enqueueDeliveries(db, events);
    bus?.publish(events);
    return events;
  } catch (e) {
    log(`could not announce document ${ingested.documentId}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
