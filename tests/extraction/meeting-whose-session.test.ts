// "proposed to reactivate the Joint Commission, whose last session was held in Algiers in 2015": a session of the body a
// whose-clause describes, with no person named in that clause, is no encounter of the sentence's people (issue #11,
// meetings; batch51-guided).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a session in a whose-clause about a body", () => {
  it("is no encounter", () => {
    const body =
      "This Tuesday, the Foreign Minister of Venezuela, Yván Gil Pinto, received the Foreign Minister of Algeria, Ahmed Attaf.\n\n" +
      "During the meeting, both chancellors reviewed the state of bilateral relations.\n\n" +
      "Foreign Minister Gil proposed to reactivate, before the end of the year, the Venezuela-Algeria High-Level Joint Commission, whose last session was held in Algiers in 2015, and suggested a working group on hydrocarbons.\n\n" +
      "At the end of the meeting, both ministers signed a memorandum of understanding on political consultations.";
    expect(meetings(body, "2026-07-09").map(([date]) => date)).not.toContain("2015");
  });
});
