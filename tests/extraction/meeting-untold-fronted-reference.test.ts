// "During the meeting," / "At the meeting," opening a sentence with no encounter told before it is the encounter of the
// report's two principals on the day told just before (issue #11, meetings), as "The meeting at X lasted an hour" is.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a fronted reference to an untold meeting", () => {
  it("is the principals' encounter", () => {
    expect(meetings("Foreign Minister Ana Costa of Portugal and her Moroccan counterpart, Karim Alaoui, agreed on Wednesday in Rabat to reopen the customs posts. During the meeting, held at the ministry, Costa proposed a joint committee on transport.", "2025-10-09")).toEqual([["2025-10-08", "held", ["Ana Costa", "Karim Alaoui"]]]);
  });
});
