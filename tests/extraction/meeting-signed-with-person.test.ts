// "X signed a new forest agreement with Peru's Minister of Environment Y on the sidelines of the conference on Tuesday"
// (issue #11, meetings): an instrument signed with a named counterpart is an encounter of the two; signed with a country
// only ("signed an agreement with Peru") it names no one to meet.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an instrument signed with a named counterpart", () => {
  it("is an encounter of the two on the day told", () => {
    const told = meetings(
      "Minister of Climate Erik Sandvik signed a new results-based forest agreement with Peru's Minister of Environment Rosa Quispe on the sidelines of the climate conference in Belém on Tuesday.",
      "2026-11-19",
    );
    expect(told).toContainEqual(["2026-11-17", "held", ["Erik Sandvik", "Rosa Quispe"]]);
  });

  it("signed with a country only, it is no encounter", () => {
    expect(meetings("Minister of Climate Erik Sandvik signed a new forest agreement with Peru on Tuesday.", "2026-11-19")).toEqual([]);
  });
});
