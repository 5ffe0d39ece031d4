// A trade or lending "mission" is a delegation: "the mission" (or "the delegation") as the subject of an encounter is
// the one the report said leads it, also before a passive "was received by Y" (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the mission' and 'the delegation' as the subject", () => {
  it("'The mission was led by X ... the delegation met with Y ... the delegation was received by Z'", () => {
    expect(
      meetings(
        "The trade mission, held on 9 and 10 March, was led by Chamber President Karl Hansen. On Monday, the delegation met with Trade Minister Ana Rojas. On Tuesday, the delegation was received by Prime Minister Luis Soto, who urged investors to consider the new port.",
        "2026-03-11",
      ),
    ).toEqual([
      ["2026-03-09", "held", ["Ana Rojas", "Karl Hansen"]],
      ["2026-03-10", "held", ["Karl Hansen", "Luis Soto"]],
    ]);
  });

  it("an IMF mission led by X that 'met' a minister", () => {
    expect(
      meetings("An IMF mission led by Mission Chief Karl Hansen visited Nairobi this week. On Tuesday, the mission met Finance Minister Ana Rojas.", "2026-03-11"),
    ).toEqual([["2026-03-10", "held", ["Ana Rojas", "Karl Hansen"]]]);
  });

  it("a mission no one is said to lead gives the encounter no subject", () => {
    expect(meetings("On Tuesday, the mission was received by Prime Minister Luis Soto.", "2026-03-11")).toEqual([]);
  });
});
