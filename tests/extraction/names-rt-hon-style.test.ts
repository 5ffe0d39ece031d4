// "the Rt. Hon. Sir X" (issue #11, names and meetings): the abbreviated "Rt." of "Right Honourable" ends no sentence, so
// the encounter with the person after it is read whole with the sentences that follow.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";

describe("the abbreviated 'Rt.' before a name", () => {
  const body =
    "On Thursday, President Adriana Kovac held a meeting with the Rt. Hon. Dame Fiona Marsh, Prime Minister of New Zealand. The two leaders welcomed the growth of bilateral trade and agreed to meet again next year.";

  it("the meeting with the person so styled is found", () => {
    expect(meetings(body, "2026-04-10")).toContainEqual(["2026-04-09", "held", ["Adriana Kovac", "Fiona Marsh"]]);
  });

  it("'Rt' is no name and ends no sentence", () => {
    const doc = run(body, "2026-04-10");
    expect(doc.officials.some((o) => /\bRt\b/.test(o.name))).toBe(false);
    expect(doc.officials.find((o) => o.name === "Fiona Marsh")?.title).toBe("Prime Minister");
  });
});
