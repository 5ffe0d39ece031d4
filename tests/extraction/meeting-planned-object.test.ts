// A meeting noun that is the object of a planned verb of holding is planned, however long the noun phrase between them
// (issue #11, meetings: planned meetings dated to the month).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'are scheduled to hold the 10th trilateral summit in Athens in March'", () => {
  it("is a plan for the coming March, not a summit held last March", () => {
    const body =
      "Israeli Prime Minister Daniel Cohen received Cypriot President Andreas Georgiou in Jerusalem on Monday.\n\n" +
      "A spokesperson said Cohen, Georgiou and Greek Prime Minister Nikos Pappas are scheduled to hold the 10th Greece-Cyprus-Israel trilateral summit in Athens in March.";
    expect(meetings(body, "2026-01-27")).toContainEqual(["2026-03", "planned", ["Andreas Georgiou", "Daniel Cohen", "Nikos Pappas"]]);
  });
});
