// "A and B held their "two-plus-two" security talks in Manila with C and D, the second such meeting after the inaugural
// session in Manila in July 2024": a quoted modifier stays inside the "held ... talks" frame, and a date after an
// earlier instance of the series ("after the inaugural session", "since their last round") dates that instance, not the
// talks told. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-01-22 Ministers meet in Manila\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("talks of a series", () => {
  it("keep a quoted modifier inside the frame", () => {
    expect(
      meetings(
        'The ministers of Japan and the Philippines agreed Thursday to expand joint exercises. Foreign Minister Toshimitsu Motegi and Defense Minister Shinjiro Koizumi held their "two-plus-two" security talks in Manila with Foreign Affairs Secretary Ma. Theresa Lazaro and Defense Secretary Gilberto Teodoro.',
      ),
    ).toEqual([["2026-01-22", "held", "Gilberto Teodoro + Ma. Theresa Lazaro + Shinjiro Koizumi + Toshimitsu Motegi"]]);
  });

  it("are not dated by an earlier instance of the series", () => {
    expect(
      meetings("The two ministers agreed Thursday to expand joint exercises. Foreign Minister Toshimitsu Motegi held security talks in Manila with Foreign Affairs Secretary Ma. Theresa Lazaro, the second such meeting after the inaugural session in Manila in July 2024."),
    ).toEqual([["2026-01-22", "held", "Ma. Theresa Lazaro + Toshimitsu Motegi"]]);
    expect(meetings("Foreign Minister Toshimitsu Motegi held talks with Foreign Affairs Secretary Ma. Theresa Lazaro, the first since their last round in Tokyo in March 2025.")).not.toContainEqual([
      "2025-03",
      "held",
      "Ma. Theresa Lazaro + Toshimitsu Motegi",
    ]);
  });

  it("keep a date told after the talks themselves", () => {
    expect(meetings("Foreign Minister Toshimitsu Motegi held talks with Foreign Affairs Secretary Ma. Theresa Lazaro in Tokyo in March 2025.")).toEqual([["2025-03", "held", "Ma. Theresa Lazaro + Toshimitsu Motegi"]]);
  });
});
