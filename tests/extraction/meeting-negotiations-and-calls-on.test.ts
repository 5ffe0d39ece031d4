// Two ways of telling an encounter (issue #11): "held negotiations with Y" (talks, as agencies of Central Asia write),
// and a noun phrase "with a call on President Y" (a courtesy call); "a call on Y to lift the ban" is an appeal.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'held negotiations with'", () => {
  it("is talks between the two", () => {
    expect(
      meetings("Minister of Foreign Affairs Jeenbek Kulubaev held negotiations with Minister of Foreign Affairs of Malaysia Mohamad Hasan in Bishkek on August 18.", "2026-08-19"),
    ).toEqual([["2026-08-18", "held", ["Jeenbek Kulubaev", "Mohamad Hasan"]]]);
  });

  it("negotiations on an instrument are no encounter", () => {
    expect(meetings("Minister of Foreign Affairs Jeenbek Kulubaev said negotiations on the investment agreement with Malaysia would resume in August.", "2026-08-19")).toEqual([]);
  });
});

describe("'a call on' a named person", () => {
  it("is a courtesy call", () => {
    expect(
      meetings("Vietnam's Foreign Minister Le Hoai Trung wrapped up a two-day visit to Astana on Tuesday with a call on President Kassym-Jomart Tokayev.", "2026-09-30"),
    ).toEqual([["2026-09-29", "held", ["Kassym-Jomart Tokayev", "Le Hoai Trung"]]]);
  });

  it("an appeal to someone to act is none", () => {
    expect(meetings("Foreign Minister Le Hoai Trung on Tuesday renewed his call on President Kassym-Jomart Tokayev to lift the ban on rice imports.", "2026-09-30")).toEqual([]);
  });
});
