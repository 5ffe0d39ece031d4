// "May" alone on its line is a round-up's month entry (issue #11, meetings): a bare "May" inside a sentence is not read
// as the month, but a line holding only it heads the entries under it, as "April" and "June" do.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a half-year review with a May entry", () => {
  const doc = extract(
    [
      " date 2026-07-02",
      "Six months of diplomacy",
      "",
      "April",
      "Foreign Minister Ana Lund spoke by phone with Foreign Minister Tomas Berg of Norway on 22 April.",
      "",
      "May",
      "Defence Minister Omar Haddad of Jordan was received by Ana Lund at the ministry.",
      "",
      "June",
      "Lund met Foreign Minister Kenji Sato of Japan in Tokyo.",
    ].join("\n"),
    { source: "test.txt" },
  );

  it("dates the encounter under it to May", () => {
    expect(doc.meetings.find((m) => m.participants.includes("Omar Haddad"))?.date).toBe("2026-05");
  });
});
