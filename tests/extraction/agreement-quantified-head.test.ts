// A quantifier before a bare instrument noun (issue #11, agreements): "so that every contract can be verified" names no
// instrument in particular; like "such" it counts only once a signing is told.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'every contract', 'each agreement'", () => {
  const doc = run(
    "Minister Ahmed Khalil, for his part, invited Nepal to connect its labour database to Qatar's platform so that every contract can be verified electronically, and proposed that each agreement be registered online. The two ministers signed a Memorandum of Understanding on Labour Mobility on Tuesday.",
    "2026-03-11",
  );

  it("is no instrument, while the named one is", () => {
    expect(doc.agreements.map((a) => a.title)).toEqual(["Memorandum of Understanding on Labour Mobility"]);
  });
});
