// Load shedding: at most `maxConcurrent` GraphQL requests execute at once, a bounded queue waits
// for a slot, and anything beyond is refused at once with 503 and Retry-After, before the event
// loop and the database pool saturate (when everything runs at once, every request is slow and
// /healthz waits behind them). A queued request whose client has gone leaves the queue. While the
// event loop lags (SQLite runs statements synchronously on it), new requests are shed on arrival.

export class OverloadedError extends Error {
  readonly status = 503;
  readonly code = "SERVER_BUSY";
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is busy; retry in ${retryAfterSeconds} s.`);
  }
}

export interface AdmissionLimits {
  maxConcurrent: number;
  maxQueued: number;
  queueWaitMs: number;
  /** Event-loop lag past which new requests are shed on arrival (0: never). */
  maxLagMs?: number;
}

const LAG_TICK_MS = 50;

type Waiter = { admit: () => void; timer: NodeJS.Timeout };

export class Admission {
  private active = 0;
  private readonly queue: Waiter[] = [];
  /** Requests refused so far (for the load report). */
  shed = 0;

  private lagMs = 0;
  private ticker: NodeJS.Timeout | null = null;

  constructor(private readonly limits: AdmissionLimits) {}

  /** Starts measuring the event loop's lag (once the server is up: start-up itself holds the loop). */
  start(): void {
    if (!this.limits.maxLagMs || this.ticker) return;
    let expected = performance.now() + LAG_TICK_MS;
    // A tick that fires late measures how long the loop was held; the figure decays by a tenth per
    // tick on time (about a second to settle).
    this.ticker = setInterval(() => {
      const now = performance.now();
      this.lagMs = Math.max(now - expected, this.lagMs * 0.9);
      expected = now + LAG_TICK_MS;
    }, LAG_TICK_MS);
    this.ticker.unref();
  }

  /** OverloadedError when the event loop lags past its limit, else null. */
  lagging(): OverloadedError | null {
    if (!this.limits.maxLagMs || this.lagMs <= this.limits.maxLagMs) return null;
    this.shed++;
    return new OverloadedError(1);
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
  }

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Waits for a slot; resolves with the function that frees it. Rejects with OverloadedError, or with the signal's reason. */
  enter(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.limits.maxConcurrent) return Promise.resolve(this.slot());
    const retryAfter = Math.max(1, Math.ceil(this.limits.queueWaitMs / 1000));
    if (this.queue.length >= this.limits.maxQueued) {
      this.shed++;
      return Promise.reject(new OverloadedError(retryAfter));
    }
    return new Promise((resolve, reject) => {
      const leave = () => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        clearTimeout(waiter.timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        leave();
        reject(signal!.reason);
      };
      const waiter: Waiter = {
        admit: () => {
          leave();
          resolve(this.slot());
        },
        timer: setTimeout(() => {
          leave();
          this.shed++;
          reject(new OverloadedError(retryAfter));
        }, this.limits.queueWaitMs),
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private slot(): () => void {
    this.active++;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.active--;
      // The slot passes straight to the oldest waiter.
      this.queue[0]?.admit();
    };
  }
}
