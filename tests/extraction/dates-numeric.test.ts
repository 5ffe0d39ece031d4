// Dates written in numbers (issue #11, dates): ISO "2026-03-09", the day-first "09.03.2026", and "19/3/2026" when one
// part is above 12; "3/9/2026", day or month first by the outlet's habit, is not read.
import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extraction/dates.ts";
import { meetings } from "./helpers.ts";

describe("numeric dates", () => {
  it("are read when their order is certain", () => {
    const values = (t: string) => findDates(t).map((d) => resolveDate(d, "2026-03-13", false)?.value);
    expect(values("on 2026-03-09, on 09.03.2026, on 19/3/2026, on 3/19/2026")).toEqual(["2026-03-09", "2026-03-09", "2026-03-19", "2026-03-19"]);
    expect(findDates("on 3/9/2026").filter((d) => d.kind === "absolute")).toEqual([]);
  });

  it("date an encounter", () => {
    expect(meetings("Foreign Minister Ana Kovac of Croatia met Foreign Minister Lars Ekberg of Sweden in Stockholm on 09.03.2026.", "2026-03-13")).toEqual([["2026-03-09", "held", ["Ana Kovac", "Lars Ekberg"]]]);
  });
});
