// "A and B receive President C" in the present of a calendar or a headline is a reception (issue #11, meetings); "will
// receive", handled as a plan, and "receive subsidies" are not this cue's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("receive in the present", () => {
  it("is a reception hosted by the subject", () => {
    const doc = run("King Olav and Queen Sonja receive President Ana Costa of Portugal at the palace on Thursday. Farmers receive subsidies from Minister Jan Holm.", "2026-03-13");
    expect(doc.meetings.map((m) => [m.date, m.kind, [...m.participants].sort()])).toEqual([["2026-03-12", "reception", ["Ana Costa", "Olav", "Sonja"]]]);
  });
});
