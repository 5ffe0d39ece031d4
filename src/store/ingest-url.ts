// One article page from the web into the graph: fetched, read, admitted, extracted and stored in
// one transaction. Shared by `ingest FEED.xml` and `follow` (in one process) and by the queue's
// worker, so it lives in the lowest layer all of them may use: the store, which comes after
// src/sources in the flow (the fetcher is passed in, so the store opens no connection itself).
import { maxDocumentBytes } from "../extraction/validate.ts";
import { pageInput } from "../sources/document.ts";
import type { Fetcher } from "../sources/fetch.ts";
import type { Db } from "./db.ts";
import { ingestText, type IngestInput, type IngestResult } from "./ingest.ts";

export async function ingestUrl(db: Db, fetcher: Fetcher, url: string, options: { date?: string; extract?: IngestInput["extract"] } = {}): Promise<IngestResult> {
  const page = await fetcher.get(url, "page");
  if (page.status !== "ok") throw new Error(`${url}: unexpected 304 for an unconditional request`);
  // The item's URL is the document's source: the same link again is the same document.
  const input = pageInput(page.body, { source: url, url: page.url, fetchedAt: page.fetchedAt, date: options.date });
  return ingestText(db, { ...input, maxBytes: maxDocumentBytes(process.env), extract: options.extract });
}

/** Whether a document from this URL is already stored (so a feed's old items are not fetched again). */
export async function knownUrl(db: Db, url: string): Promise<boolean> {
  return (await db.document.count({ where: { source: url } })) > 0;
}
