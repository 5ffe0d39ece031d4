// The present of a timeline or a headline (issue #11, meetings): "A and B meet in Bangkok", "A and B co-chair the Joint
// Commission in Luang Prabang" are encounters; "must meet the demand" and "proposed that a joint committee meet in
// Baghdad" are not.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("meet and co-chair in the present", () => {
  it("tell an encounter of the coordinated subject", () => {
    expect(meetings("Deputy Minister Ana Costa and Thai Energy Minister Somchai Dee meet in Bangkok on Monday.", "2026-03-13")).toEqual([["2026-03-09", "held", ["Ana Costa", "Somchai Dee"]]]);
    expect(meetings("Foreign Minister Ana Costa and Thai Foreign Minister Somchai Dee co-chair the Joint Commission in Luang Prabang on Monday.", "2026-03-13").map((m) => m[2])).toEqual([["Ana Costa", "Somchai Dee"]]);
  });

  it("not a target met, nor a committee's meeting", () => {
    expect(meetings("Foreign Minister Ana Costa and Thai Foreign Minister Somchai Dee said exporters must meet the demand. Costa proposed that a joint committee meet in Bangkok on Friday.", "2026-03-13")).toEqual([]);
  });
});
