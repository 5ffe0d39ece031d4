// Webhook endpoints and the deliveries owed to them. Deliveries are rows written by the process
// that published the event, so a crash between publishing and sending loses nothing.
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../store/db.ts";
import { badInput, notFound } from "../input-error.ts";
import { documentMatches, factMatches, type IngestEvents } from "./events.ts";
import { parseFilter, type FilterInput, type ParsedFilter } from "./filter.ts";

export type EventName = "factAdded" | "documentIngested";

export interface EndpointRow {
  id: number;
  url: string;
  status: string;
  consecutiveFailures: number;
  pausedReason: string | null;
  createdAt: Date;
  filter: ParsedFilter;
}

/** What a receiver gets as the POST body. */
export interface WebhookBody {
  /** Also the Diplograph-Idempotency-Key header: the same on every retry of this delivery. */
  id: string;
  event: EventName;
  createdAt: string;
  data: unknown;
}

const json = (list: string[]) => (list.length ? JSON.stringify(list) : null);
const unjson = (s: string | null): string[] => (s ? (JSON.parse(s) as string[]) : []);

type Stored = { id: number; url: string; status: string; consecutiveFailures: number; pausedReason: string | null; createdAt: Date; kinds: string | null; countries: string | null; officials: string | null };

function toRow(e: Stored): EndpointRow {
  const { kinds, countries, officials, ...rest } = e;
  return { ...rest, filter: { kinds: unjson(kinds), countries: unjson(countries), officials: unjson(officials) } };
}

/** Refuses anything but an absolute http(s) URL: other schemes are not something we can POST to. */
export function checkWebhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(`Webhook URL "${raw}" is not a valid absolute URL.`, { argument: "url" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw badInput(`Webhook URL must use http or https, got "${url.protocol.replace(/:$/, "")}".`, { argument: "url" });
  if (url.username || url.password) throw badInput("Webhook URL must not carry credentials; receivers verify the signature instead.", { argument: "url" });
  return url.toString();
}

export interface AddEndpointInput extends FilterInput {
  url: string;
  /** Shared signing secret; generated when absent. */
  secret?: string | null;
}

/** Registers an endpoint; the secret is returned here only. */
export async function addEndpoint(db: Db, input: AddEndpointInput): Promise<{ endpoint: EndpointRow; secret: string }> {
  const url = checkWebhookUrl(input.url);
  const filter = parseFilter(input);
  const secret = input.secret?.trim() || randomBytes(32).toString("hex");
  if (secret.length < 16) throw badInput("A webhook secret must be at least 16 characters.", { argument: "secret" });
  const row = await db.webhookEndpoint.create({ data: { url, secret, kinds: json(filter.kinds), countries: json(filter.countries), officials: json(filter.officials) } });
  return { endpoint: toRow(row), secret };
}

export async function listEndpoints(db: Db): Promise<EndpointRow[]> {
  return (await db.webhookEndpoint.findMany({ orderBy: { id: "asc" } })).map(toRow);
}

export async function getEndpoint(db: Db, id: number): Promise<EndpointRow | null> {
  const row = await db.webhookEndpoint.findUnique({ where: { id } });
  return row ? toRow(row) : null;
}

export async function removeEndpoint(db: Db, id: number): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id } });
  if (count === 0) throw notFound(`No webhook endpoint ${id}.`);
}

/** Sends to a paused endpoint again, starting with the deliveries that waited. */
export async function resumeEndpoint(db: Db, id: number): Promise<EndpointRow> {
  const { count } = await db.webhookEndpoint.updateMany({ where: { id }, data: { status: "active", consecutiveFailures: 0, pausedReason: null } });
  if (count === 0) throw notFound(`No webhook endpoint ${id}.`);
  await db.webhookDelivery.updateMany({ where: { endpointId: id, status: "pending" }, data: { nextAttemptAt: new Date() } });
  return (await getEndpoint(db, id))!;
}

/** One delivery row per matching event and endpoint (paused endpoints keep theirs for when they resume). */
export async function enqueueDeliveries(db: Db, events: IngestEvents): Promise<number> {
  const endpoints = (await db.webhookEndpoint.findMany()).map(toRow);
  if (!endpoints.length) return 0;
  const createdAt = new Date().toISOString();
  const rows: { endpointId: number; idempotencyKey: string; event: EventName; payload: string }[] = [];
  const add = (endpointId: number, event: EventName, data: unknown) => {
    const id = randomUUID();
    const body: WebhookBody = { id, event, createdAt, data };
    rows.push({ endpointId, idempotencyKey: id, event, payload: JSON.stringify(body) });
  };
  for (const e of endpoints) {
    if (documentMatches(e.filter, events)) add(e.id, "documentIngested", events.document);
    for (const fact of events.facts) if (factMatches(e.filter, fact)) add(e.id, "factAdded", fact);
  }
  if (rows.length) await db.webhookDelivery.createMany({ data: rows });
  return rows.length;
}

export interface DeliveryQuery {
  endpointId?: number;
  status?: string;
  /** Newest first; at most 100. */
  first?: number;
}

export async function listDeliveries(db: Db, q: DeliveryQuery = {}) {
  return db.webhookDelivery.findMany({
    where: { endpointId: q.endpointId, status: q.status },
    orderBy: { id: "desc" },
    take: Math.min(Math.max(q.first ?? 20, 1), 100),
    include: { log: { orderBy: { attempt: "asc" } } },
  });
}
export type DeliveryRow = Awaited<ReturnType<typeof listDeliveries>>[number];
