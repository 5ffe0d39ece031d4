// Talks told as a negotiation going on are no encounter (issue #11, meetings): "while talks on a cultural programme are
// continuing", "ongoing talks on the FTA" name no meeting, and lend no year to the encounter told next.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("talks going on", () => {
  const doc = run(
    "The investment treaty, signed in 2019, remains in force, while talks on a visa waiver are still continuing. Ongoing talks on the free trade agreement were also reviewed. President Lena Marsh then received Foreign Minister Omar Haddad at the palace in the afternoon.",
    "2026-03-12",
  );

  it("name no meeting, and lend the treaty's year to none", () => {
    expect(doc.meetings.filter((m) => m.kind === "talks" || m.date === "2019")).toEqual([]);
  });
});
