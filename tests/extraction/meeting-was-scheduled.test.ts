// "Lee was also scheduled to have a brief meeting with Y later on Tuesday": a plan told in the past tense is still a plan
// (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'was scheduled to'", () => {
  it("tells a planned meeting", () => {
    expect(
      meetings("President Lee Jin-ho arrived in Evian on Monday. Lee was also scheduled to have a brief meeting with French President Paul Martin, the summit's host, later on Tuesday before departing for Seoul.", "2026-03-10"),
    ).toEqual([["2026-03-10", "planned", ["Lee Jin-ho", "Paul Martin"]]]);
  });
});
