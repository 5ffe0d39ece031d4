// "a year ago", "two months ago", "three days ago" count back from the report (issue #11, meeting dates): years and
// months to the month, weeks and days to the day. Unread, the encounter took the day the sentence before told.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'... ago'", () => {
  it("'A year ago, X held talks with Y' is that month a year back", () => {
    expect(
      meetings("Prime Minister Mark Tanner met Prime Minister Aiko Mori on Monday in Evian. A year ago, Tanner held talks with Mori's predecessor, Ken Ishida, in Banff.", "2026-06-16"),
    ).toContainEqual(["2025-06", "held", ["Ken Ishida", "Mark Tanner"]]);
  });

  it("'two months ago' and 'three days ago'", () => {
    const got = meetings(
      "Foreign Minister Ana Lopez met Foreign Minister Tom Berg two months ago in Lima. Lopez spoke by phone with Foreign Minister Li Wei three days ago.",
      "2026-06-16",
    );
    expect(got).toContainEqual(["2026-04", "held", ["Ana Lopez", "Tom Berg"]]);
    expect(got).toContainEqual(["2026-06-13", "held", ["Ana Lopez", "Li Wei"]]);
  });
});
