// Topic cues count as whole words only: a letter or digit on either side, in any script, rules a cue out.
import { describe, expect, it } from "vitest";
import { topicsIn } from "../../src/extraction/topics.ts";

describe("topic cue edges", () => {
  it("reads a cue after a space, a hyphen or punctuation", () => {
    expect(topicsIn("They discussed trade.")).toEqual(topicsIn("trade"));
    expect(topicsIn("(tourism)")).toEqual(topicsIn("tourism"));
    expect(topicsIn("inbound-tourism")).toEqual(topicsIn("tourism"));
  });

  it("does not read a cue inside a word, whatever the script of the letter before it", () => {
    for (const before of ["x", "1", "é", "ß", "日", "\u{1D400}", "\u{1D7CF}"]) expect(topicsIn(`${before}tourism`)).toEqual([]);
    // The same cue further on, after a space, still counts.
    expect(topicsIn("xtourism tourism")).toEqual(topicsIn("tourism"));
  });
});
