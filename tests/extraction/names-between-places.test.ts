// A run coordinated with a known place after "between" is a place (issue #11, names): "the bridge opens between Nong
// Khai and Vientiane" names no official "Nong Khai"; "talks between A and B" still names two people.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("between X and a known place", () => {
  it("makes X a place, on either side", () => {
    expect(names(run("The new ferry service runs between Koh Kong and Bangkok from next month.", "2026-03-10"))).toEqual([]);
    expect(names(run("The new ferry service runs between Bangkok and Koh Kong from next month.", "2026-03-10"))).toEqual([]);
  });

  it("leaves two people between whom talks were held", () => {
    const doc = run("Talks between Prime Minister Hun Manet and Prime Minister Anutin Charnvirakul took place in Bangkok on Monday.", "2026-03-10");
    expect(names(doc)).toEqual(expect.arrayContaining(["Hun Manet", "Anutin Charnvirakul"]));
  });
});
