// A meeting noun fronted before the main clause takes that clause's tense (issue #11, meetings): "During Tuesday's talks,
// A and B are expected to sign X" tells talks still to come, on the coming Tuesday; "In my call with X on 16 February, I
// proposed ..., and today we will ..." stays a call held.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a fronted meeting noun", () => {
  it("is planned when the main clause is", () => {
    expect(meetings("During Tuesday's talks, President Ana Costa and Angolan President José Nunes are expected to sign a memorandum on research.", "2026-11-23")).toEqual([["2026-11-24", "planned", ["Ana Costa", "José Nunes"]]]);
    expect(meetings("During Tuesday's talks, President Ana Costa and Angolan President José Nunes signed a memorandum on research.", "2026-11-23")).toEqual([["2026-11-17", "held", ["Ana Costa", "José Nunes"]]]);
  });
});
