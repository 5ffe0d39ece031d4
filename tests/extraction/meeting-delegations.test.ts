// Participants given by delegation or as taking part: "The X delegation included A, while the Y side included B" after
// a sentence that says no "delegation", and "A, B and C participated in the discussions" (issue #11, batch13 misses).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("participants named by delegation or by taking part", () => {
  it("'The Peruvian delegation included A, while the Chilean side included B' after 'The talks were held at ...'", () => {
    const body =
      "President Rosa Quispe on Monday held talks with Chilean President Tomás Vera, who is on a state visit to Peru. The talks were held at the Government Palace.\n\n" +
      "The Chilean delegation included Foreign Minister Alberto Vial, while the Peruvian side included Foreign Minister Elena Marín and Trade Minister Luis Díaz.";
    expect(meetings(body, "2025-06-03")[0]).toEqual(["2025-06-02", "held", ["Alberto Vial", "Elena Marín", "Luis Díaz", "Rosa Quispe", "Tomás Vera"]]);
  });

  it("'A, B and C participated in the discussions'", () => {
    const body =
      "President Rosa Quispe held bilateral discussions with Chilean President Tomás Vera at the Government Palace on Monday.\n\n" +
      "Foreign Minister Elena Marín, Chilean Foreign Minister Alberto Vial and Trade Minister Luis Díaz participated in the discussions.";
    expect(meetings(body, "2025-06-03")[0]).toEqual(["2025-06-02", "held", ["Alberto Vial", "Elena Marín", "Luis Díaz", "Rosa Quispe", "Tomás Vera"]]);
  });
});
