// An undated encounter goes on from the day the sentence before told (issue #11, meeting dates), unless that sentence
// tells a plan ("He will travel to Perth on Tuesday"). A plan told with the report's own day ("will work together under
// a statement signed in Dublin today") sets no later day, and the encounter after it is today's.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the day before an undated encounter, beside a plan", () => {
  it("'will work together, under a joint statement signed today by A and B. A and B met at ...'", () => {
    expect(
      meetings(
        "Scotland and Ireland will work together on offshore wind, under a joint statement signed in Dublin today by First Minister Ewan Campbell and Taoiseach Niamh Byrne. The First Minister and the Taoiseach met at Government Buildings, where they signed the statement.",
        "2026-01-28",
      ),
    ).toEqual([["2026-01-28", "held", ["Ewan Campbell", "Niamh Byrne"]]]);
  });

  it("a plan told with a later day still dates nothing: 'He will travel to Perth on Friday. He met A ...'", () => {
    const got = meetings(
      "Foreign Minister Ana Lopez will travel to Perth on Friday for a trade fair. Lopez met Premier Tom Hayes at Parliament House, where the two discussed mining.",
      "2026-01-28",
    );
    expect(got.map((m) => m[0])).not.toContain("2026-01-30");
  });
});
