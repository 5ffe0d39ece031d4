// An announcement with the day between the auxiliary and the verb: "X will on Friday, 6 March 2026, host Y" is a
// planned encounter (issue #11, batch13 misses).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("a planned host with the day before the verb", () => {
  it("'will on Tuesday, 10 June 2025, host His Excellency, President Y'", () => {
    const body = "President Rosa Quispe will on Tuesday, 10 June 2025, host His Excellency, President Tomás Vera of the Republic of Chile, for a State Visit to Peru.";
    expect(meetings(body, "2025-06-06")).toEqual([["2025-06-10", "planned", ["Rosa Quispe", "Tomás Vera"]]]);
  });
});
