// "A and B will join C in Nicosia in July for a trilateral ministerial meeting": the gathering a future trip is for is
// planned (and its month the next July); "attended the meeting" after a past trip stays held. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-05-20 Ministers meet in Cairo\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("a gathering a trip is for", () => {
  it("is planned when the trip is to come", () => {
    expect(
      meetings("Egyptian Foreign Minister Badr Abdelatty and Greek Foreign Minister George Gerapetritis will join Cypriot Foreign Minister Constantinos Kombos in Nicosia in July for a trilateral ministerial meeting."),
    ).toEqual([["2026-07", "planned", "Badr Abdelatty + Constantinos Kombos + George Gerapetritis"]]);
  });

  it("stays held when the trip was", () => {
    expect(
      meetings("Egyptian Foreign Minister Badr Abdelatty and Greek Foreign Minister George Gerapetritis joined Cypriot Foreign Minister Constantinos Kombos in Nicosia on Monday for a trilateral ministerial meeting."),
    ).toEqual([["2026-05-18", "held", "Badr Abdelatty + Constantinos Kombos + George Gerapetritis"]]);
  });
});
