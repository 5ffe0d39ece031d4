// Instruments named with a number, and negotiations still to begin (issue #11, agreements, batch22, batch24 and batch26):
// "the Four Freedoms Agreement" opens with its number; "Negotiations on X will begin" leave X proposed.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const titles = (body: string) => run(body, "2026-05-20").agreements.map((a) => [a.title, a.status]);

describe("a number opening an instrument's name", () => {
  it("belongs to the name", () => {
    expect(titles("The Four Freedoms Agreement between Egypt and Sudan has been in force since 2004.")).toEqual([["Four Freedoms Agreement between Egypt and Sudan", "in_force"]]);
  });

  it("a count of instruments is no name", () => {
    expect(titles("Two Agreements were signed.")).toEqual([]);
  });
});

// "Negotiations on a new agreement on X will begin in the second half of the year": negotiations still to start, told
// after the instrument, leave it proposed; "are continuing" leaves it under negotiation (batch22, batch24).
describe("negotiations that will begin", () => {
  it.each([
    ["Negotiations on a new agreement on the mutual protection of investments will begin in the second half of the year.", "proposed"],
    ["Both sides announced that negotiations on a new social security agreement, to replace the one in force since 1983, will begin in the autumn.", "proposed"],
    ["Negotiations on a free trade agreement are continuing.", "under_negotiation"],
  ])("%s", (body, status) => {
    expect(run(body, "2026-05-20").agreements.map((a) => a.status)).toEqual([status]);
  });
});
