// `diplograph follow URL... [--every 15m]`: reads feeds, takes their new items, and keeps
// following. Each round fetches every feed conditionally (ETag / Last-Modified), skips items
// whose URL was seen or is stored, and hands the rest to a sink: ingestion in this process, or the
// Redis queue when REDIS_URL is set. One bad feed or item is reported and the rest go on.
import { readFeed } from "../sources/feed.ts";
import type { Fetcher } from "../sources/fetch.ts";

/** What became of one feed item. */
export type ItemOutcome = "created" | "replaced" | "unchanged" | "enqueued";

export interface FollowSink {
  /** Ingests or enqueues one item's page; throws with a reason when it fails. */
  take(url: string): Promise<ItemOutcome>;
  /** Whether this URL is already stored or queued (dedup by URL across restarts). */
  known(url: string): Promise<boolean>;
}

export interface RoundSummary {
  round: number;
  feeds: { fetched: number; notModified: number; failed: number };
  items: { total: number; seen: number; taken: number };
  outcomes: Record<ItemOutcome | "failed", number>;
  failures: { source: string; reason: string }[];
}

export interface FollowOptions {
  fetcher: Fetcher;
  sink: FollowSink;
  log: (line: string) => void;
  /** Rewrites one status line in place (a terminal); omitted, nothing is shown between lines. */
  progress?: (line: string) => void;
}

/** Item URLs already handled by this process, across rounds. */
export class Follower {
  private readonly seen = new Set<string>();
  private round = 0;

  constructor(private readonly options: FollowOptions) {}

  async runRound(feeds: string[]): Promise<RoundSummary> {
    const { fetcher, sink, log, progress } = this.options;
    const summary: RoundSummary = {
      round: ++this.round,
      feeds: { fetched: 0, notModified: 0, failed: 0 },
      items: { total: 0, seen: 0, taken: 0 },
      outcomes: { created: 0, replaced: 0, unchanged: 0, enqueued: 0, failed: 0 },
      failures: [],
    };
    const fail = (source: string, reason: string) => {
      summary.failures.push({ source, reason });
      log(`failed     ${source}: ${reason}`);
    };
    for (const feedUrl of feeds) {
      let urls: string[];
      try {
        const got = await fetcher.get(feedUrl, "feed", true);
        if (got.status === "not-modified") {
          summary.feeds.notModified++;
          continue;
        }
        const feed = readFeed(got.body, feedUrl);
        summary.feeds.fetched++;
        for (const s of feed.skipped) fail(`${feedUrl} item "${s.title ?? "untitled"}"`, s.reason);
        urls = feed.items.map((i) => i.url);
      } catch (err) {
        summary.feeds.failed++;
        fail(feedUrl, messageOf(err, feedUrl));
        continue;
      }
      summary.items.total += urls.length;
      let done = 0;
      for (const url of urls) {
        progress?.(`round ${summary.round} ${feedUrl}: ${++done}/${urls.length} ${url}`);
        if (this.seen.has(url) || (await sink.known(url))) {
          this.seen.add(url);
          summary.items.seen++;
          continue;
        }
        summary.items.taken++;
        try {
          const outcome = await sink.take(url);
          summary.outcomes[outcome]++;
          this.seen.add(url);
          if (!progress) log(`${outcome.padEnd(10)} ${url}`);
        } catch (err) {
          // Not marked seen: the next round tries it again.
          summary.outcomes.failed++;
          fail(url, messageOf(err, url));
        }
      }
    }
    progress?.("");
    log(describeRound(summary));
    return summary;
  }
}

export function describeRound(s: RoundSummary): string {
  const o = s.outcomes;
  return (
    `round ${s.round}: feeds ${s.feeds.fetched} read, ${s.feeds.notModified} not modified, ${s.feeds.failed} failed; ` +
    `items ${s.items.total} (${s.items.seen} already seen, ${s.items.taken} new): ` +
    `${o.created} created, ${o.replaced} replaced, ${o.unchanged} unchanged, ${o.enqueued} enqueued, ${o.failed} failed`
  );
}

/** The reason without repeating the URL the line already names. */
function messageOf(err: unknown, url: string): string {
  const m = String((err as Error)?.message ?? err);
  return m.startsWith(`${url}: `) ? m.slice(url.length + 2) : m;
}

/** Keeps following until `signal` aborts: a round, then a wait of `everyMs`. One round without it. */
export async function followLoop(follower: Follower, feeds: string[], everyMs: number | null, signal: AbortSignal): Promise<RoundSummary[]> {
  const rounds: RoundSummary[] = [];
  for (;;) {
    rounds.push(await follower.runRound(feeds));
    if (everyMs === null || signal.aborted) return rounds;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, everyMs);
      signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
    if (signal.aborted) return rounds;
  }
}

/** A progress line rewritten in place on a terminal; nothing elsewhere. */
export function terminalProgress(stream: NodeJS.WriteStream): ((line: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (line) => stream.write(`\r\x1b[K${line.slice(0, (stream.columns || 80) - 1)}`);
}
