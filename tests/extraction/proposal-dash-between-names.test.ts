// A dash between two names is a route's or a pair's, not the end of a proposal's content (issue #11, proposals): "the
// Lao Cai – Ha Noi – Hai Phong railway" stays whole; "build a railway – Minister X said" still ends at the dash.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a dash in a proposal", () => {
  it("between names is part of the content", () => {
    const doc = run("Foreign Minister Wang Lin suggested that the two sides accelerate the construction of the Lao Cai – Ha Noi – Hai Phong standard-gauge railway. Minister Tran Van Binh proposed a new bridge – Minister Wang Lin said he agreed.", "2026-03-13");
    expect(doc.proposals.map((p) => p.text)).toEqual(["the two sides accelerate the construction of the Lao Cai – Ha Noi – Hai Phong standard-gauge railway", "a new bridge"]);
  });
});
