// A date after another noun's participle of planning ("to prepare the next summit, planned for the second half of the
// year") dates that noun, not the encounter told before it (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'..., planned for <date>' after the encounter", () => {
  it("leaves the encounter its own month", () => {
    expect(
      meetings(
        "Foreign Minister Mauro Viana is scheduled to travel to Madrid in April, where he will meet Spanish Foreign Minister José Alvarez to prepare the next Brazil-Spain summit, planned for the second half of the year.",
        "2026-03-11",
      ),
    ).toEqual([["2026-04", "planned", ["José Alvarez", "Mauro Viana"]]]);
  });

  it("a date with no such participle still dates the encounter", () => {
    expect(meetings("Foreign Minister Mauro Viana will meet Spanish Foreign Minister José Alvarez in Madrid on April 14.", "2026-03-11")).toEqual([["2026-04-14", "planned", ["José Alvarez", "Mauro Viana"]]]);
  });
});
