// One article page from the web into the graph: fetched, read, extracted and stored in one
// transaction. Shared by `follow` (in one process) and `worker` (from the queue).
import { maxDocumentBytes } from "../extraction/validate.ts";
import { pageInput } from "../sources/document.ts";
import type { Fetcher } from "../sources/fetch.ts";
import type { Db } from "../store/db.ts";
import { ingestText, type IngestResult } from "../store/ingest.ts";

export async function ingestUrl(db: Db, fetcher: Fetcher, url: string, options: { date?: string } = {}): Promise<IngestResult> {
  const page = await fetcher.get(url, "page");
  if (page.status !== "ok") throw new Error(`${url}: unexpected 304 for an unconditional request`);
  // The item's URL is the document's source: the same link again is the same document.
  const input = pageInput(page.body, { source: url, url: page.url, fetchedAt: page.fetchedAt, date: options.date });
  return ingestText(db, { ...input, maxBytes: maxDocumentBytes(process.env) });
}

/** Whether a document from this URL is already stored (so a feed's old items are not fetched again). */
export async function knownUrl(db: Db, url: string): Promise<boolean> {
  return (await db.document.count({ where: { source: url } })) > 0;
}
