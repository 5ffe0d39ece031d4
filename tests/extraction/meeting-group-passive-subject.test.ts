// A group as the subject of a passive reception (issue #11, meetings; batch44-guided): "The two Australian ministers are
// scheduled to be received by President X on Wednesday" is a planned reception of the two Australian ministers the report
// named, chosen by the group's demonym, not the host's own minister who received them.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the two Australian ministers' received by a host", () => {
  const got = meetings(
    "Foreign Minister Budi Santoso received Australian Foreign Minister Jane Cole and Defence Minister Mark Reid in Jakarta on Tuesday. The two Australian ministers are scheduled to be received by President Agus Wirawan at the Merdeka Palace on Wednesday.",
    "2026-02-10",
  );

  it("is a planned reception of those two", () => {
    expect(got).toContainEqual(["2026-02-11", "planned", ["Agus Wirawan", "Jane Cole", "Mark Reid"]]);
  });

  it("keeps the day's talks", () => {
    expect(got).toContainEqual(["2026-02-10", "held", ["Budi Santoso", "Jane Cole", "Mark Reid"]]);
  });
});
