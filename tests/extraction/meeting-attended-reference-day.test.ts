// "X has received Y, the agency reports. The meeting, held on January 28, was attended by A and B." (issue #11,
// meetings): a lead with no day leaves the encounter the report's day; the reference in the next sentence that names
// who attended tells its day.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a reference that tells the day of a lead without one", () => {
  const doc = run(
    "President of Kazakhstan Kassym-Jomart Tokayev has received Foreign Minister of Latvia Baiba Braze, Kazinform reports. The meeting, held on March 9, was attended by Kazakh Foreign Minister Yermek Kosherbayev and Latvian Ambassador Juris Poikans.",
    "2026-03-11",
  );

  it("dates the reception by the reference and keeps who attended it", () => {
    const m = doc.meetings.find((x) => x.participants.includes("Baiba Braze"));
    expect(m?.date).toBe("2026-03-09");
    expect(m?.participants).toEqual(expect.arrayContaining(["Kassym-Jomart Tokayev", "Baiba Braze", "Yermek Kosherbayev", "Juris Poikans"]));
  });
});
