// "She also had a meeting, the same evening, with Prime Minister X": an aside set off by commas between the meeting
// noun and its "with" (a time, a place) still tells an encounter with the person after it; "held a one-on-one meeting,
// followed by an expanded meeting with X" does not (that "with" is the next meeting's) (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an aside between 'had a meeting' and 'with'", () => {
  it("'also had a meeting, the same evening, with Prime Minister X'", () => {
    expect(
      meetings(
        "President Ana Ruiz of Peru held talks with President Jonas Berg of Sweden in Stockholm on Wednesday.\n\n" +
          "On Tuesday evening, Ruiz was received at the Riksdag by its speaker, Karl Holm, who suggested a parliamentary friendship group. She also had a meeting, the same evening, with Prime Minister Olof Lind, on energy security.",
        "2025-11-27",
      ),
    ).toEqual([
      ["2025-11-26", "held", ["Ana Ruiz", "Jonas Berg"]],
      ["2025-11-25", "held", ["Ana Ruiz", "Karl Holm"]],
      ["2025-11-25", "held", ["Ana Ruiz", "Olof Lind"]],
    ]);
  });

  it("not 'held a one-on-one meeting, followed by an expanded meeting with' the ministers", () => {
    expect(
      meetings(
        "Peruvian President Ana Ruiz and Swedish Prime Minister Olof Lind held a one-on-one meeting in Stockholm on Wednesday, followed by an expanded meeting with Foreign Minister Karl Holm.",
        "2025-11-27",
      ),
    ).toEqual([["2025-11-26", "held", ["Ana Ruiz", "Karl Holm", "Olof Lind"]]]);
  });
});
