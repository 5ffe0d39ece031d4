// RSS 2.0 and Atom feeds through @rowanmanning/feed-parser (lenient with real-world feeds, relative
// links resolved). Malformed XML is refused first with fast-xml-parser's validator, so the error
// names the line instead of yielding a partial list of items. Pure: XML in, items out.
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";

export interface FeedItem {
  /** The article page's URL (absolute). */
  url: string;
  title: string | null;
  published: Date | null;
  /** The item's own id (guid / atom:id), else its URL. */
  id: string;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
  /** Items that could not be used, with the reason (no link, a link that is not http(s)). */
  skipped: { title: string | null; reason: string }[];
}

export class FeedError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
    this.name = "FeedError";
  }
}

/** Throws FeedError naming the feed when the XML is malformed or is not RSS or Atom. */
export function readFeed(xml: string, source: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError(`malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, source);
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (err) {
    throw new FeedError(`not an RSS or Atom feed (${(err as Error).message})`, source);
  }
  const items: FeedItem[] = [];
  const skipped: Feed["skipped"] = [];
  for (const item of parsed.items) {
    const url = item.url;
    if (!url) skipped.push({ title: item.title, reason: "the item has no link" });
    else if (!/^https?:\/\//i.test(url)) skipped.push({ title: item.title, reason: `the item's link is not an http(s) URL: ${url}` });
    else items.push({ url, title: item.title, published: item.published, id: item.id ?? url });
  }
  return { title: parsed.title, items, skipped };
}

/** A file or body to be read as a feed: by its name, or by its root element. */
export function isFeed(name: string, text: string): boolean {
  return /\.(?:rss|atom|xml)$/i.test(name) || /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/.test(text);
}
