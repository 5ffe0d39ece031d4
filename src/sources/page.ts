// Article pages: the main text through Mozilla's Readability (the Firefox Reader View library)
// over a linkedom DOM, and the page's own metadata for the date, headline, canonical URL and
// outlet. Pure: HTML in, an article out; fetching lives in fetch.ts. Chosen over Readability on
// jsdom, @extractus/article-extractor and defuddle by bench/page-readers.ts: with the strip below
// it yields exact, furniture-free text on all five saved layouts, as jsdom does at a fraction of
// jsdom's time and install (README, "Article pages").
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { DocumentError } from "../extraction/types.ts";
import boilerplate from "./data/boilerplate.json" with { type: "json" };

export interface ArticlePage {
  /** Paragraphs of the article, separated by blank lines; no navigation, banners or comments. */
  text: string;
  title: string | null;
  /** Publication date (YYYY-MM-DD) from the page's metadata, or null. */
  date: string | null;
  /** Canonical URL (link rel=canonical, og:url), else the URL it was fetched from. */
  url: string | null;
  /** og:site_name, JSON-LD publisher, else the URL's host. */
  outlet: string | null;
}

type Doc = ReturnType<typeof parseHTML>["document"];
type El = ReturnType<Doc["querySelector"]> & {};

const DATE_ONLY_RE = /^(?:\w+day,?\s+)?(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:\s+\d{1,2}:\d{2})?$/;
const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
const CLASS_WORD_RE = new RegExp(`(?:^|[\\s_-])(?:${boilerplate.classOrIdWords.join("|")})(?:$|[\\s_-])`, "i");

/** Reads an article page. Throws DocumentError when it holds no article text. */
export function readPage(html: string, options: { source: string; url?: string }): ArticlePage {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const ld = jsonLd(document);

  const title = clean(meta('meta[property="og:title"]') ?? text(document.querySelector("h1")) ?? (str(ld.headline) || null) ?? text(document.querySelector("title")));
  const date =
    isoDay(meta('meta[property="article:published_time"]')) ??
    isoDay(str(ld.datePublished)) ??
    isoDay(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null) ??
    isoDay(meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[itemprop="datePublished"]'));
  const url = absolute(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]'), options.url) ?? options.url ?? null;
  const outlet = meta('meta[property="og:site_name"]') ?? (str((ld.publisher as Record<string, unknown> | undefined)?.name) || null) ?? host(url);

  stripBoilerplate(document);
  const article = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
  let paragraphs: string[] = [];
  if (article?.content) paragraphs = blocks(parseHTML(`<html><body>${article.content}</body></html>`).document);
  if (!paragraphs.length) paragraphs = blocks(document);
  // The headline repeated as the first block is the title, not content.
  if (title && paragraphs[0] && fold(paragraphs[0]) === fold(title)) paragraphs.shift();
  // A line that is only the date (a press release's "March 5, 2024") is metadata, read above.
  paragraphs = paragraphs.filter((p) => !DATE_ONLY_RE.test(p));
  const body = paragraphs.join("\n\n");
  if (!body.trim()) throw new DocumentError("no article text found on the page", options.source);
  return { text: body, title, date, url, outlet };
}

/** The page as a plain-text report the extractor reads: date header, headline, paragraphs. */
export function pageReport(page: ArticlePage, date: string): string {
  // The headline on the header's line, where the reader looks for it.
  return ` date ${date}${page.title ? " " + page.title.replace(/[.!?]+$/, "") : ""}\n\n${page.text}\n`;
}

function stripBoilerplate(document: Doc): void {
  const doomed = new Set<El>();
  for (const tag of boilerplate.tags) for (const el of Array.from(document.querySelectorAll(tag))) doomed.add(el);
  for (const role of boilerplate.roles) for (const el of Array.from(document.querySelectorAll(`[role="${role}"]`))) doomed.add(el);
  for (const el of Array.from(document.querySelectorAll("[class], [id]"))) {
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    // Never the article or the page itself, whatever its class says.
    if (CLASS_WORD_RE.test(names) && !["ARTICLE", "BODY", "HTML", "MAIN"].includes(el.tagName)) doomed.add(el);
  }
  for (const el of doomed) el.remove();
}

function blocks(document: Doc): string[] {
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll(BLOCKS))) {
    // A list item or quote holding paragraphs is read through those paragraphs.
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (t) out.push(t);
  }
  return out;
}

function jsonLd(document: Doc): Record<string, unknown> {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block is no metadata
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && Array.isArray((d as { "@graph"?: unknown[] })["@graph"]) ? (d as { "@graph": unknown[] })["@graph"] : [d]));
    const article = items.find((d) => d && typeof d === "object" && /Article|Posting|Report/.test(String((d as Record<string, unknown>)["@type"])));
    if (article) return article as Record<string, unknown>;
  }
  return {};
}

/** The calendar day as the outlet wrote it: "2024-06-13T23:30:00+07:00" is 13 June. */
function isoDay(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function str(v: unknown): string {
  return typeof v === "string" ? v.trim() : "";
}

function text(el: { textContent: string | null } | null): string | null {
  return el ? clean(el.textContent) || null : null;
}

function clean(s: string | null | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim();
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
