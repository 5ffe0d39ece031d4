// "That same afternoon, X was received by A and met B": an opener naming the same part of the day as the encounter
// told before ("that same morning", "that same evening") carries its day over the sentences between that tell no date
// (proposals, signings), as "that afternoon" and "the same afternoon" do (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'that same afternoon' opening a sentence", () => {
  it("dates the reception and the meeting it tells to the talks' day", () => {
    expect(
      meetings(
        "President Ana Ruiz of Peru held talks with President Jonas Berg of Sweden in Stockholm on Wednesday.\n\n" +
          "Ruiz proposed a joint research fund for mining technology. Berg invited Peruvian students to apply for Swedish scholarships.\n\n" +
          "The foreign ministers signed a memorandum of understanding on consular cooperation.\n\n" +
          "That same afternoon, Ruiz visited the Riksdag, where she was received by its speaker, Karl Holm, and met with Prime Minister Olof Lind at Rosenbad.",
        "2025-11-27",
      ),
    ).toEqual([
      ["2025-11-26", "held", ["Ana Ruiz", "Jonas Berg"]],
      ["2025-11-26", "held", ["Ana Ruiz", "Karl Holm"]],
      ["2025-11-26", "held", ["Ana Ruiz", "Olof Lind"]],
    ]);
  });
});
