// A transcript's first person as the subject of an encounter (issue #11, meetings): "KATO: I held talks with Foreign
// Minister Penny Wong in Canberra on May 4" is the talks of the official whose label opens the turn, also when a later
// label gives only his family name.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'I held talks with' in a transcript's turn", () => {
  const doc = run(
    [
      "Press conference by Foreign Minister Kato Ryo",
      "",
      "Foreign Minister Kato Ryo: Good afternoon. I have one announcement.",
      "",
      "Question (NHK): What did you discuss in Australia?",
      "",
      "KATO: I held talks with Foreign Minister Penny Wong in Canberra on May 4, and we agreed to deepen cooperation. I will also meet Defence Minister Richard Marles in Tokyo on May 15.",
    ].join("\n"),
    "2026-05-06",
  );

  it("makes the speaker a party of the talks and of the planned meeting", () => {
    const held = doc.meetings.find((m) => m.participants.includes("Penny Wong"));
    expect(held?.participants.sort()).toEqual(["Kato Ryo", "Penny Wong"]);
    expect(held?.date).toBe("2026-05-04");
    expect(doc.meetings.find((m) => m.participants.includes("Richard Marles"))?.participants.sort()).toEqual(["Kato Ryo", "Richard Marles"]);
  });
});
