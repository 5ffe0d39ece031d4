// An article page as an ingest input: the report text the extractor reads, with its date and
// provenance. Pure; the store writes what this returns.
import { datelineDate } from "../extraction/dateline-date.ts";
import { DocumentError } from "../extraction/types.ts";
import { pageReport, readPage } from "./page.ts";

export interface PageInput {
  text: string;
  source: string;
  provenance: { url: string | null; outlet: string | null; fetchedAt: Date | null };
}

export interface PageOptions {
  /** Stored as the document's source: the file path, or the URL it was fetched from. */
  source: string;
  /** Where the page was fetched from (the canonical URL in the page wins). */
  url?: string;
  fetchedAt?: Date;
  /** Publication date when the page's metadata and dateline give none. */
  date?: string;
}

/** Throws DocumentError naming the page when it has no article text or no date. */
export function pageInput(html: string, options: PageOptions): PageInput {
  const page = readPage(html, { source: options.source, url: options.url });
  const date = page.date ?? options.date ?? datelineDate(page.text, options.fetchedAt);
  if (!date) {
    throw new DocumentError(
      "no date: the page has no article:published_time, JSON-LD datePublished, <time datetime> or dated dateline, and no publication date was given",
      options.source,
    );
  }
  return {
    text: pageReport(page, date),
    source: options.source,
    provenance: { url: page.url, outlet: page.outlet, fetchedAt: options.fetchedAt ?? null },
  };
}

/** A file or body to be read as an HTML page: by its name, or by its first bytes. */
export function isHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\uFEFF?\s*(?:<!doctype\s+html|<html[\s>])/i.test(text);
}
