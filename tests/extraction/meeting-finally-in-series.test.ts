// The last encounter of a series told in order (issue #11, meetings): "Finally, the President met with X" after a series
// opened "held a number of bilateral meetings yesterday" is on the series' day, and "the President" is the one the
// same bare role named three sentences before, not the last sentence's subject.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("finally, in a series of meetings", () => {
  const doc = run(
    "On the margins of the Commonwealth summit in Apia, President Hilda Heine held a number of bilateral meetings yesterday. The President met with Prime Minister of Fiji Sitiveni Rabuka. Together with Foreign Minister Kalani Kaneko, the President then met with President of Palau Surangel Whipps. President Whipps called for a regional fisheries fund. The leaders discussed shipping. Finally, the President met with Prime Minister of Tonga Aisake Eke.",
    "2026-06-16",
  );

  it("is a meeting on the series' day with the President the series is about", () => {
    const last = doc.meetings.find((m) => m.participants.includes("Aisake Eke"));
    expect(last?.date).toBe("2026-06-15");
    expect(last?.participants).toContain("Hilda Heine");
    expect(last?.participants).not.toContain("Surangel Whipps");
  });
});
