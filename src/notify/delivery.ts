// The delivery loop: claims due deliveries (one atomic UPDATE ... WHERE status = 'pending' per
// row, so with several processes each delivery is sent by exactly one), POSTs them signed, logs
// every attempt, retries with exponential backoff and pauses endpoints that keep failing.
import type { Db } from "../store/db.ts";
import type { NotifySettings } from "./config.ts";
import { sign, SIGNATURE_HEADER } from "./signature.ts";

type Settings = Pick<NotifySettings, "webhookTimeoutMs" | "webhookMaxAttempts" | "webhookBackoffMs" | "webhookPauseAfter" | "webhookPollMs">;

const BATCH = 20;
const MAX_BACKOFF_MS = 3_600_000;

export function backoffMs(settings: Pick<Settings, "webhookBackoffMs">, attempts: number): number {
  return Math.min(settings.webhookBackoffMs * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_MS);
}

/** Sends every delivery due now; returns how many were attempted. */
export async function deliverDue(db: Db, settings: Settings, log: (line: string) => void = () => {}): Promise<number> {
  const now = new Date();
  // A claim older than any attempt can take belongs to a process that died mid-send.
  await db.webhookDelivery.updateMany({
    where: { status: "sending", claimedAt: { lt: new Date(now.getTime() - 2 * settings.webhookTimeoutMs - 5_000) } },
    data: { status: "pending" },
  });
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, endpoint: { status: "active" } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true },
  });
  let sent = 0;
  await Promise.all(
    due.map(async ({ id }) => {
      const { count } = await db.webhookDelivery.updateMany({ where: { id, status: "pending" }, data: { status: "sending", claimedAt: new Date(), attempts: { increment: 1 } } });
      if (count !== 1) return; // another process claimed it
      sent++;
      await attempt(db, id, settings, log);
    }),
  );
  return sent;
}

async function attempt(db: Db, id: number, settings: Settings, log: (line: string) => void): Promise<void> {
  const d = await db.webhookDelivery.findUniqueOrThrow({ where: { id }, include: { endpoint: true } });
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(d.endpoint.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(settings.webhookTimeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "diplograph-webhooks",
        [SIGNATURE_HEADER]: sign(d.endpoint.secret, Math.floor(started / 1000), d.payload),
        "diplograph-idempotency-key": d.idempotencyKey,
        "diplograph-event": d.event,
      },
      body: d.payload,
    });
    statusCode = res.status;
    await res.body?.cancel().catch(() => {});
    if (res.status < 200 || res.status > 299) error = `receiver answered HTTP ${res.status}`;
  } catch (e) {
    const err = e as Error;
    error = err.name === "TimeoutError" ? `no answer within ${settings.webhookTimeoutMs} ms` : `request failed: ${(err.cause as Error)?.message ?? err.message}`;
  }
  const durationMs = Date.now() - started;
  await db.webhookAttempt.create({ data: { deliveryId: id, attempt: d.attempts, statusCode, error, durationMs } });
  if (!error) {
    await db.webhookDelivery.update({ where: { id }, data: { status: "delivered", deliveredAt: new Date() } });
    await db.webhookEndpoint.update({ where: { id: d.endpointId }, data: { consecutiveFailures: 0 } });
    return;
  }
  const gaveUp = d.attempts >= settings.webhookMaxAttempts;
  await db.webhookDelivery.update({
    where: { id },
    data: gaveUp ? { status: "failed" } : { status: "pending", nextAttemptAt: new Date(Date.now() + backoffMs(settings, d.attempts)) },
  });
  const endpoint = await db.webhookEndpoint.update({ where: { id: d.endpointId }, data: { consecutiveFailures: { increment: 1 } } });
  log(`webhook delivery ${d.idempotencyKey} to ${d.endpoint.url}: attempt ${d.attempts} failed (${error})${gaveUp ? "; giving up" : ""}`);
  if (endpoint.consecutiveFailures >= settings.webhookPauseAfter) {
    const { count } = await db.webhookEndpoint.updateMany({
      where: { id: d.endpointId, status: "active" },
      data: { status: "paused", pausedReason: `${endpoint.consecutiveFailures} consecutive failed attempts; last: ${error}` },
    });
    if (count) log(`webhook endpoint ${d.endpointId} (${d.endpoint.url}) paused after ${endpoint.consecutiveFailures} consecutive failures`);
  }
}

export interface DeliveryLoop {
  stop(): Promise<void>;
}

/**
 * Whether any delivery is pending or being sent, in one read by the `(status, nextAttemptAt)`
 * index, for `startDeliveryLoop`'s `waiting`. When none is, `deliverDue` would find nothing to send
 * and no claim to release.
 */
export const WAITING_DELIVERY_SQL = `SELECT 1 AS "waiting" FROM "WebhookDelivery" WHERE "status" IN (?, ?) LIMIT 1`;
export const WAITING_DELIVERY_PARAMS = ["pending", "sending"] as const;

/**
 * Runs deliverDue every poll interval until stopped; an error is logged and the loop goes on.
 * `waiting`, when given, is asked first on each poll and deliverDue runs only when it says yes:
 * a server polls every second for its whole life, mostly with nothing to send, and deliverDue's
 * two statements through Prisma's client (one of them an UPDATE, a write transaction on SQLite)
 * cost every request of the API a share of that process's time (bench/README.md, query16c).
 */
export function startDeliveryLoop(db: Db, settings: Settings, log: (line: string) => void, waiting?: () => Promise<boolean>): DeliveryLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const due = waiting ? () => waiting().then((yes) => (yes ? deliverDue(db, settings, log) : 0)) : () => deliverDue(db, settings, log);
  const tick = () => {
    running = due()
      .then(
        (n) => n,
        (e: unknown) => {
          log(`webhook delivery loop: ${e instanceof Error ? e.message : String(e)}`);
          return 0;
        },
      )
      .then((n) => {
        // Straight on while there is a backlog; otherwise wait for the next poll.
        if (!stopped) timer = setTimeout(tick, n >= BATCH ? 0 : settings.webhookPollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
