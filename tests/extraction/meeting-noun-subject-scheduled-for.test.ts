// A planned encounter told by a noun and its own verb further on (issue #11, meetings): "The next round of
// consultations between A and B is scheduled for April 20 in Lima" is planned, so April 20 after the report's day in
// March is this year's, not last year's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a noun subject scheduled for a day", () => {
  const doc = run(
    "Foreign Minister Ana Duarte met Bolivian Foreign Minister Carlos Mendoza in La Paz on Monday. The next round of consultations between Duarte and Mendoza is scheduled for April 20 in Lima.",
    "2026-03-13",
  );

  it("is planned, on the coming day", () => {
    const next = doc.meetings.find((m) => m.location === "Lima");
    expect(next?.status).toBe("planned");
    expect(next?.date).toBe("2026-04-20");
  });

  it("leaves the encounter told before it held", () => {
    expect(doc.meetings.find((m) => m.location === "La Paz")).toMatchObject({ status: "held", date: "2026-03-09" });
  });
});
