import { extract, type ExtractedDocument } from "../../src/extraction/index.ts";

/** Extracts a short article dated `date` (header added). */
export function run(body: string, date = "2023-06-13", headline = "Leaders meet: officials"): ExtractedDocument {
  return extract(` date ${date} ${headline}\n${body}`, { source: "test.txt" });
}

export const names = (doc: ExtractedDocument) => doc.officials.map((o) => o.name);
export const official = (doc: ExtractedDocument, name: string) => doc.officials.find((o) => o.name === name);

/** The meetings of a short article as [date, status, sorted participants]. */
export const meetings = (body: string, date: string, headline?: string) => run(body, date, headline).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);
