// HTTP for feeds and article pages: conditional requests (ETag, Last-Modified), a minimum
// interval between requests to one host, a time budget per attempt, retries with exponential
// backoff on timeouts, network errors, 429 and 5xx (never on other 4xx), redirects followed by
// hand so that a loop is named, a size cap enforced while reading, and the content type checked.

export interface FetchSettings {
  /** Time budget of one attempt, headers and body. */
  timeoutMs: number;
  /** Largest body read; a longer one is refused without reading the rest. */
  maxBytes: number;
  maxRedirects: number;
  /** Attempts after the first. */
  retries: number;
  /** First backoff; each retry doubles it (with up to 25% jitter). */
  backoffMs: number;
  /** Minimum time between two requests to the same host. */
  perHostIntervalMs: number;
  userAgent: string;
}

export const DEFAULT_FETCH: FetchSettings = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  backoffMs: 1_000,
  perHostIntervalMs: 1_000,
  userAgent: "diplograph (+https://github.com/diplograph)",
};

export type Expect = "page" | "feed";

const ACCEPT: Record<Expect, string> = {
  page: "text/html, application/xhtml+xml;q=0.9",
  feed: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9",
};
const CONTENT_TYPES: Record<Expect, RegExp> = {
  page: /^(?:text\/html|application\/xhtml\+xml)\b/i,
  feed: /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml|text\/plain)\b/i,
};

export type Fetched =
  | { status: "ok"; url: string; body: string; contentType: string; fetchedAt: Date; etag: string | null; lastModified: string | null }
  | { status: "not-modified"; url: string };

/** A fetch that failed for good, naming the URL and the problem. */
export class FetchError extends Error {
  constructor(
    /** The problem alone, for a line that names the URL already. */
    readonly reason: string,
    readonly url: string,
    readonly retryable: boolean,
  ) {
    super(`${url}: ${reason}`);
    this.name = "FetchError";
  }
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export class Fetcher {
  readonly settings: FetchSettings;
  /** The validators of the last good response per URL, sent back as If-None-Match / If-Modified-Since. */
  readonly validators = new Map<string, Validators>();
  private readonly nextSlot = new Map<string, number>();

  constructor(settings: Partial<FetchSettings> = {}) {
    this.settings = { ...DEFAULT_FETCH, ...settings };
  }

  /** GET with retries. `conditional` sends the stored validators; a 304 answers "not-modified". */
  async get(url: string, expect: Expect, conditional = false): Promise<Fetched> {
    let attempt = 0;
    for (;;) {
      try {
        return await this.attempt(url, expect, conditional);
      } catch (err) {
        const e = err instanceof FetchError ? err : new FetchError(String((err as Error)?.message ?? err), url, true);
        if (!e.retryable || attempt >= this.settings.retries) throw e;
        const wait = this.settings.backoffMs * 2 ** attempt * (1 + Math.random() / 4);
        attempt++;
        await sleep(wait);
      }
    }
  }

  private async attempt(start: string, expect: Expect, conditional: boolean): Promise<Fetched> {
    const seen = new Set<string>();
    let url = start;
    for (let hops = 0; ; hops++) {
      if (seen.has(url)) throw new FetchError(`redirect loop (${[...seen, url].join(" -> ")})`, start, false);
      if (hops > this.settings.maxRedirects) throw new FetchError(`more than ${this.settings.maxRedirects} redirects`, start, false);
      seen.add(url);
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new FetchError(`not a URL: ${url}`, start, false);
      }
      if (!/^https?:$/.test(parsed.protocol)) throw new FetchError(`only http and https are fetched, not ${parsed.protocol}`, start, false);
      await this.waitForHost(parsed.host);

      const headers: Record<string, string> = { accept: ACCEPT[expect], "user-agent": this.settings.userAgent };
      const known = conditional ? this.validators.get(start) : undefined;
      if (known?.etag) headers["if-none-match"] = known.etag;
      if (known?.lastModified) headers["if-modified-since"] = known.lastModified;

      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
      try {
        let res: Response;
        try {
          res = await fetch(url, { headers, redirect: "manual", signal: controller.signal });
        } catch (err) {
          if (controller.signal.aborted) throw new FetchError(`timed out after ${this.settings.timeoutMs} ms`, start, true);
          throw new FetchError(`network error: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`, start, true);
        }
        if (res.status >= 300 && res.status < 400 && res.status !== 304) {
          await res.body?.cancel();
          const location = res.headers.get("location");
          if (!location) throw new FetchError(`HTTP ${res.status} without a Location header`, start, false);
          url = new URL(location, url).toString();
          continue;
        }
        if (res.status === 304) {
          await res.body?.cancel();
          return { status: "not-modified", url };
        }
        if (res.status !== 200) {
          await res.body?.cancel();
          throw new FetchError(`HTTP ${res.status}`, start, res.status === 429 || res.status >= 500);
        }
        const contentType = res.headers.get("content-type") ?? "";
        if (!CONTENT_TYPES[expect].test(contentType)) {
          await res.body?.cancel();
          throw new FetchError(`content type "${contentType || "none"}" is not ${expect === "page" ? "an HTML page" : "a feed"}`, start, false);
        }
        const body = await this.readBody(res, start, controller);
        const validators = { etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
        if (validators.etag || validators.lastModified) this.validators.set(start, validators);
        return { status: "ok", url, body, contentType, fetchedAt: new Date(), ...validators };
      } finally {
        clearTimeout(timer);
      }
    }
  }

  private async readBody(res: Response, url: string, controller: AbortController): Promise<string> {
    const max = this.settings.maxBytes;
    const declared = Number(res.headers.get("content-length"));
    if (declared > max) {
      await res.body?.cancel();
      throw new FetchError(`page is ${declared} bytes, over the limit of ${max} bytes`, url, false);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > max) {
          controller.abort();
          throw new FetchError(`page is over the limit of ${max} bytes`, url, false);
        }
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if (controller.signal.aborted) throw new FetchError(`timed out after ${this.settings.timeoutMs} ms while reading`, url, true);
      throw new FetchError(`connection lost while reading: ${(err as Error).message}`, url, true);
    }
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      throw new FetchError("body is not valid UTF-8", url, false);
    }
  }

  /** Requests to one host are spaced `perHostIntervalMs` apart, whoever asks. */
  private async waitForHost(host: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.settings.perHostIntervalMs);
    if (slot > now) await sleep(slot - now);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** "15m", "30s", "2h", "500ms" in milliseconds; throws on anything else. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration (expected e.g. 30s, 15m, 1h)`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"];
}
