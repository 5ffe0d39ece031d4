// "GIS – 21 January 2026: The Prime Minister ... received this morning ...": a release's agency dateline with its date
// after it tells the day "this morning" means, though the page is dated the next day (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("the date after an agency's dateline", () => {
  it("dates 'this morning'", () => {
    const doc = extract(
      " date 2026-01-22\nPM receives UK minister\nPrime Minister's Office\n\n" +
        "GIS – 21 January 2026: The Prime Minister, Dr Navinchandra Ramgoolam, received this morning, at the New Treasury Building in Port Louis, the Minister for the Overseas Territories of the United Kingdom, Mr Stephen Doughty.\n",
      { source: "t.txt" },
    );
    expect(doc.meetings.map((m) => [m.date, [...m.participants].sort()])).toEqual([["2026-01-21", ["Navinchandra Ramgoolam", "Stephen Doughty"]]]);
  });
});
