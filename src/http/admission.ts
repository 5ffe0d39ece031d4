// Load shedding: at most `maxConcurrent` GraphQL requests execute at once, a bounded queue waits
// for a slot, and anything beyond is refused at once with 503 and Retry-After, before the event
// loop and the database pool saturate (when everything runs at once, every request is slow and
// /healthz waits behind them). A queued request whose client has gone leaves the queue. While the
// event loop lags (SQLite runs statements synchronously on it), new requests are shed on arrival.
//
// A turn of the event loop hands out slots for at most TURN_BUDGET_MS, then the rest wait for the
// next turn. On SQLite a whole execution runs in microtasks (the driver is synchronous), so a slot
// passed straight from a finishing request to the next waiter drained the whole queue in one
// turn: the loop neither read sockets nor accepted connections meanwhile (Node accepts one
// connection per turn), so /healthz and every newcomer waited seconds behind the queue, and
// nothing was shed because nothing new was read.

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
/** Time a turn of the event loop may spend starting executions before it yields to I/O. */
const TURN_BUDGET_MS = 25;

type Waiter = { admit: () => void; timer: NodeJS.Timeout };

/** Why a request stopped before its answer: its client went away (while queued or executing). */
export type Cancellation = "queued" | "executing";

export class Admission {
  private active = 0;
  private readonly queue: Waiter[] = [];
  /** Requests refused so far (for the load report). */
  shed = 0;

  /** Requests whose client went away before the answer, by where they were then. */
  readonly cancelled: Record<Cancellation, number> = { queued: 0, executing: 0 };

  private lagMs = 0;
  private ticker: NodeJS.Timeout | null = null;
  /** When this turn of the event loop handed out its first slot (null: none yet). */
  private turnStarted: number | null = null;

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

  /**
   * OverloadedError when the event loop lags past its limit while GraphQL work is running or
   * waiting, else null. Lag with no request in hand (another process taking the CPU, a CLI ingest
   * in this process, garbage collection) sheds nothing: refusing would not relieve it.
   */
  lagging(): OverloadedError | null {
    if (!this.limits.maxLagMs || this.lagMs <= this.limits.maxLagMs) return null;
    if (this.active === 0 && this.queue.length === 0) return null;
    this.shed++;
    return new OverloadedError(1);
  }

  /**
   * The refusal a request gets on arrival, before its body is read, else null: the event loop
   * lags, or every slot is taken and the queue is full (a greedy client resending at once then
   * costs only its 503).
   */
  onArrival(): OverloadedError | null {
    const lagging = this.lagging();
    if (lagging) return lagging;
    if (this.queue.length < this.limits.maxQueued + Math.max(0, this.limits.maxConcurrent - this.active)) return null;
    this.shed++;
    return new OverloadedError(this.retryAfterSeconds);
  }

  private get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.limits.queueWaitMs / 1000));
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
    if (signal?.aborted) {
      this.cancelled.queued++;
      return Promise.reject(signal.reason);
    }
    if (this.active < this.limits.maxConcurrent && this.queue.length === 0 && this.turnOpen()) return Promise.resolve(this.slot());
    const retryAfter = this.retryAfterSeconds;
    // Free slots not yet handed out (one a turn) take waiters beyond the queue's own bound.
    const free = Math.max(0, this.limits.maxConcurrent - this.active);
    if (this.queue.length >= this.limits.maxQueued + free) {
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
        this.cancelled.queued++;
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
      this.pump();
    });
  }

  /** Counts a request whose client went away while it executed (its remaining fields were skipped). */
  abandoned(): void {
    this.cancelled.executing++;
  }

  private turnOpen(): boolean {
    return this.turnStarted === null || performance.now() - this.turnStarted < TURN_BUDGET_MS;
  }

  /** Hands a free slot to the oldest waiter, unless this turn has spent its budget. */
  private pump(): void {
    if (!this.turnOpen() || this.active >= this.limits.maxConcurrent || this.queue.length === 0) return;
    this.queue[0]!.admit();
  }

  private slot(): () => void {
    this.active++;
    if (this.turnStarted === null) {
      this.turnStarted = performance.now();
      setImmediate(() => {
        this.turnStarted = null;
        this.pump();
      });
    }
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.active--;
      this.pump();
    };
  }
}
