// A news site on loopback for the source tests: RSS and Atom feeds over generated article pages,
// and every failure a real source has (404, 500, a hanging response, a redirect loop, a 20 MB
// page, a PDF, a page without a date, malformed XML). It logs each request with its conditional
// headers, so tests can check what the client sent.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { generateCorpus } from "../../bench/corpus.ts";

export interface LoggedRequest {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
  at: number;
}

export interface NewsServer {
  url: string;
  log: LoggedRequest[];
  /** The corpus report behind /article/i (its ` date` header line and body). */
  report(i: number): string;
  close(): Promise<void>;
}

const LAST_MODIFIED = "Mon, 02 Sep 2024 08:00:00 GMT";
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An article page around a corpus report, with site furniture the reader must drop. */
export function articleHtml(report: string, options: { dated?: boolean } = {}): string {
  const m = /^ date (\d{4}-\d{2}-\d{2}) ([^\n]*)\n([\s\S]*)$/.exec(report);
  if (!m) throw new Error("corpus report without a date header");
  const [, date, title, body] = m;
  const paragraphs = body.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${escape(p.trim())}</p>`).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)} | Loopback News</title>
<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="Loopback News">
${options.dated === false ? "" : `<meta property="article:published_time" content="${date}T08:00:00+07:00">`}
<script>var analytics = "track";</script></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.</p></div>
<article><h1>${escape(title)}</h1>${paragraphs}</article>
<section class="comments"><p>Great article, thanks!</p></section>
<footer><p>Loopback News, all rights reserved.</p></footer></body></html>`;
}

export function rss(base: string, title: string, links: string[]): string {
  const items = links.map((l, i) => `<item><title>Item ${i}</title><link>${l.startsWith("http") ? l : base + l}</link><guid>${base}${l}</guid></item>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link><description>test</description>\n${items}\n</channel></rss>\n`;
}

function atom(base: string, links: string[]): string {
  const entries = links.map((l, i) => `<entry><title>Entry ${i}</title><link href="${base}${l}"/><id>${base}${l}</id><updated>2024-09-02T08:00:00Z</updated></entry>`).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title><id>${base}/atom</id><updated>2024-09-02T08:00:00Z</updated>\n${entries}\n</feed>\n`;
}

export async function startNewsServer(options: { articles?: number; seed?: number } = {}): Promise<NewsServer> {
  const reports = [...generateCorpus({ docs: options.articles ?? 20, seed: options.seed, startDate: "2024-01-01" })].map((d) => d.text);
  const log: LoggedRequest[] = [];
  const flaky = new Map<string, number>();
  const sockets = new Set<import("node:net").Socket>();
  let base = "";

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const entry: LoggedRequest = {
      path: url.pathname + url.search,
      ifNoneMatch: (req.headers["if-none-match"] as string) ?? null,
      ifModifiedSince: (req.headers["if-modified-since"] as string) ?? null,
      status: 200,
      at: Date.now(),
    };
    log.push(entry);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    const p = url.pathname;
    const feed = (body: string) => {
      const etag = `"${Buffer.from(body).length}"`;
      if (req.headers["if-none-match"] === etag || (!req.headers["if-none-match"] && req.headers["if-modified-since"] === LAST_MODIFIED)) {
        entry.status = 304;
        res.writeHead(304, { etag, "last-modified": LAST_MODIFIED });
        return res.end();
      }
      send(200, "application/rss+xml; charset=utf-8", body, { etag, "last-modified": LAST_MODIFIED });
    };
    let m: RegExpExecArray | null;
    if (p === "/feed.xml") {
      const n = Number(url.searchParams.get("n") ?? reports.length);
      return feed(rss(base, "Loopback News", Array.from({ length: n }, (_, i) => `/article/${i}`)));
    }
    if (p === "/mixed.xml") {
      return feed(rss(base, "Mixed", ["/article/0", "/article/1", "/missing", "/error", "/slow", "/loop", "/huge", "/pdf", "/undated", "/flaky/2", "/copy/0"]));
    }
    if (p === "/all-fail.xml") return feed(rss(base, "All fail", ["/missing", "/error", "/pdf", "/undated"]));
    if (p === "/broken.xml") return send(200, "application/rss+xml", `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken</title>\n<item><title>One</item></channel></rss>`);
    if (p === "/atom.xml") return send(200, "application/atom+xml", atom(base, ["/article/3", "/article/4"]));
    if ((m = /^\/(?:article|copy)\/(\d+)$/.exec(p)) && reports[Number(m[1])]) return send(200, "text/html; charset=utf-8", articleHtml(reports[Number(m[1])]));
    // An article that takes ?ms= to answer: a job still running when a test stops its worker or its Redis.
    if ((m = /^\/delayed\/(\d+)$/.exec(p)) && reports[Number(m[1])]) {
      const page = articleHtml(reports[Number(m[1])]);
      return void setTimeout(() => !res.destroyed && send(200, "text/html; charset=utf-8", page), Number(url.searchParams.get("ms") ?? 1000)).unref();
    }
    if ((m = /^\/flaky\/(\d+)$/.exec(p))) {
      const n = (flaky.get(p) ?? 0) + 1;
      flaky.set(p, n);
      return n === 1 ? send(503, "text/plain", "try later") : send(200, "text/html", articleHtml(reports[Number(m[1])]));
    }
    // The first ?times= requests fail (with ?status=, default 503; or, under /hangs/, get no answer
    // at all, for the client's timeout), later ones get the article: a source that recovers.
    if ((m = /^\/(fails|hangs)\/(\d+)$/.exec(p)) && reports[Number(m[2])]) {
      const key = url.pathname + url.search;
      const n = (flaky.get(key) ?? 0) + 1;
      flaky.set(key, n);
      if (n > Number(url.searchParams.get("times") ?? 1)) return send(200, "text/html; charset=utf-8", articleHtml(reports[Number(m[2])]));
      if (m[1] === "hangs") return void (entry.status = 0);
      return send(Number(url.searchParams.get("status") ?? 503), "text/plain", "try later");
    }
    // A page every reader accepts but whose date the admission rules refuse (in the future).
    if (p === "/future") return send(200, "text/html", articleHtml(reports[4 % reports.length].replace(/^ date \d{4}-\d{2}-\d{2}/, " date 2099-01-01")));
    if (p === "/undated") return send(200, "text/html", articleHtml(reports[5 % reports.length].replace(/\n[A-Z][A-Za-z ]+ \([A-Z]+\) [–-] /, "\n"), { dated: false }));
    if (p === "/error") return send(500, "text/plain", "internal error");
    if (p === "/slow") return void setTimeout(() => send(200, "text/html", articleHtml(reports[6 % reports.length])), 10_000).unref();
    if (p === "/loop") return send(302, "text/plain", "", { location: "/loop2" });
    if (p === "/loop2") return send(302, "text/plain", "", { location: "/loop" });
    if (p === "/huge") {
      entry.status = 200;
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(1024 * 1024, "<p>filler text filler text</p>\n");
      let sent = 0;
      const write = () => {
        while (sent < 20 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        if (!res.destroyed) res.end();
      };
      return write();
    }
    if (p === "/pdf") return send(200, "application/pdf", Buffer.from("%PDF-1.4 not a page"));
    send(404, "text/plain", "not found");
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    log,
    report: (i) => reports[i],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
