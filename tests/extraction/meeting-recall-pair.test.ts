// "The two leaders last met in July": the recall is of the report's pair (its first encounter), not of the encounter
// told just before it, which may include a third leader (issue #11, batch13 misses).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("a recall by 'the two leaders'", () => {
  it("after a video call with a third leader, is of the report's pair", () => {
    const body =
      "LIMA, Peru — Peru and Chile on Monday signed a memorandum of understanding on fisheries, following talks between President Rosa Quispe and her Chilean counterpart, Tomás Vera.\n\n" +
      "Later on Monday, the two leaders held a video call with Ecuador's President Daniel Noboa.\n\n" +
      "The two leaders last met at the Pacific Alliance summit in Bogotá in March.";
    const got = meetings(body, "2025-06-03");
    expect(got).toContainEqual(["2025-03", "held", ["Rosa Quispe", "Tomás Vera"]]);
    expect(got).not.toContainEqual(["2025-03", "held", ["Daniel Noboa", "Rosa Quispe"]]);
  });
});
