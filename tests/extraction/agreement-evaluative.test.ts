// Words that judge an instrument name none (issue #11, agreements): "a good agreement matters more than a fast one" is no
// instrument, whatever status a cue near it gives.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("judged, unnamed instruments", () => {
  it("'a good agreement' is none; the named one stays", () => {
    const doc = run(
      "Trade Minister Don Farrell urged his counterpart Piyush Goyal on Monday to close the gaps in the Comprehensive Economic Cooperation Agreement, still under negotiation. \"We signed the interim deal in 2022. But a good agreement matters more than a fast one,\" Farrell said.",
      "2026-03-11",
    );
    expect(doc.agreements.map((a) => a.title)).not.toContain("good agreement");
    expect(doc.agreements.map((a) => a.title)).toContain("Comprehensive Economic Cooperation Agreement");
  });
});
