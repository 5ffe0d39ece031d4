// A visit that "included a meeting with X" is an encounter of the visit's owner and X (issue #11, meetings): "His first
// official visit, in June 2025, took in Beijing and included a meeting with Premier X", after a sentence on the
// visitor.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a visit that included a meeting", () => {
  it("is its owner's meeting", () => {
    expect(meetings("Prime Minister Tom Harding said he would look at the diary. His first official visit, in June 2025, took in Beijing and Shanghai and included a meeting with Premier Wei Ming.", "2026-03-13")).toEqual([["2025-06", "held", ["Tom Harding", "Wei Ming"]]]);
  });
});
