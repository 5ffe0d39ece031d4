// A coordinated subject whose first member closes an apposition (issue #11, meetings; batch45-guided): in "which the
// President of the Government, A, and B will co-chair in Madrid in December", the comma before "and" closes A's
// apposition; both co-chair the planned meeting.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the President of the Government, A, and B will co-chair'", () => {
  it("is a planned meeting of both", () => {
    const got = meetings(
      "The visit serves to prepare the next High-Level Meeting, which the President of the Government, Pablo Serrano, and Moroccan Head of Government Karim Alaoui will co-chair in Madrid in December.",
      "2025-10-09",
    );
    expect(got).toEqual([["2025-12", "planned", ["Karim Alaoui", "Pablo Serrano"]]]);
  });
});
