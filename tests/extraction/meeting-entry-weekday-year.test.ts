// A calendar entry's weekday tells its year (issue #11, meetings): under a report of Monday 30 November 2026, the entry
// "Tuesday, 1 December" is 1 December 2026 (a Tuesday), not 2025 (a Monday), and an encounter told under it in the
// calendar's present ("X welcomes Y") is still to come.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a week-ahead entry with its weekday", () => {
  const doc = extract(
    [
      " date 2026-11-30",
      "The week ahead in diplomacy",
      "",
      "Tuesday, 1 December",
      "Foreign Minister Ana Lund welcomes Foreign Minister Tomas Berg of Norway to the ministry.",
      "",
      "Thursday, 3 December",
      "Prime Minister Eva Holm receives President Jorge Mendes of Brazil at the palace.",
    ].join("\n"),
    { source: "test.txt" },
  );

  it("takes the year whose date falls on that weekday, and is planned", () => {
    const byGuest = (n: string) => doc.meetings.find((m) => m.participants.includes(n));
    expect([byGuest("Tomas Berg")?.date, byGuest("Tomas Berg")?.status]).toEqual(["2026-12-01", "planned"]);
    expect([byGuest("Jorge Mendes")?.date, byGuest("Jorge Mendes")?.status]).toEqual(["2026-12-03", "planned"]);
  });
});
