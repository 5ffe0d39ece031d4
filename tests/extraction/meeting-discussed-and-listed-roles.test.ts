// Two more ways of telling an encounter (issue #11): a coordinated subject of two people that "discussed on Tuesday in
// Cairo ..." met; a role with a country ("the German chancellor") for someone named untitled whom the office-holders
// list gives to that country.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";

describe("'A and B discussed on <day>'", () => {
  it("is talks between them", () => {
    expect(
      meetings("Egypt's Foreign Minister Badr Abdelatty and his Greek counterpart George Gerapetritis discussed on Tuesday in Cairo ways to speed up the interconnector.", "2026-05-20"),
    ).toEqual([["2026-05-19", "held", ["Badr Abdelatty", "George Gerapetritis"]]]);
  });

  it("one person discussing is no encounter", () => {
    expect(meetings("Egypt's Foreign Minister Badr Abdelatty discussed on Tuesday in Cairo ways to speed up the interconnector.", "2026-05-20")).toEqual([]);
  });
});

describe("a role for a listed office holder named untitled", () => {
  it("is that holder", () => {
    const doc = run(
      "The treaty, which Keir Starmer and Friedrich Merz signed in London last July, commits the two countries to closer cooperation. Foreign Secretary Yvette Cooper is due to meet the German chancellor on Wednesday morning.",
      "2026-04-21",
    );
    expect(doc.meetings.map((m) => [m.date, m.status, [...m.participants].sort()])).toContainEqual(["2026-04-22", "planned", ["Friedrich Merz", "Yvette Cooper"]]);
  });
});
