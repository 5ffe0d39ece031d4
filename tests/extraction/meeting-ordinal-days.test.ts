// "on 14th December, 2026", "the 3rd of March" (issue #11, batch27): a day-first date with an ordinal suffix (the East
// African and South Asian release style) is a day, not only its month.
import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extraction/dates.ts";
import { meetings } from "./helpers.ts";

describe("a day-first date with an ordinal suffix", () => {
  it("'14th December, 2026', '3rd of March' and '21st-22nd May' resolve to the day", () => {
    const ds = findDates("on 14th December, 2026, on the 3rd of March and on 21st-22nd May");
    expect(ds.map((d) => resolveDate(d, "2026-11-25", false)?.value)).toEqual(["2026-12-14", "2026-03-03", "2026-05-21"]);
    expect(ds[2].range).toBe(true);
  });

  it("dates a planned meeting to its day", () => {
    const body = "Foreign Minister Ravi Silva and Kelani Foreign Minister Oskar Pellan will meet again in Arusha on 14th December, 2026.";
    expect(meetings(body, "2026-11-25")).toEqual([["2026-12-14", "planned", ["Oskar Pellan", "Ravi Silva"]]]);
  });
});
