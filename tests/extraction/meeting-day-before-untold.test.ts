// "EuroCham presented its White Book to Deputy Prime Minister X on Wednesday, September 16 ... A day earlier, A and B met
// Minister Y": with no encounter told before, "a day earlier" counts from the day the report told last; "held a
// roundtable with X" is an encounter as "held a meeting with X" is (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) => extract(` date 2026-09-17 Chamber meets ministers\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

describe("an encounter told after a day with no encounter", () => {
  it("counts 'a day earlier' from the day told last", () => {
    expect(
      meetings(
        "The European Chamber of Commerce presented its annual White Book to Deputy Prime Minister Bui Thanh Son on Wednesday, September 16, at the Government Office. The delegation was led by Chairman Bruno Jaspaert and included Vice Chairman Jean-Jacques Bouflet. A day earlier, Mr Jaspaert and Mr Bouflet met Minister of Industry and Trade Nguyen Hong Dien to discuss the power plan.",
      ),
    ).toContainEqual(["2026-09-15", "Bruno Jaspaert + Jean-Jacques Bouflet + Nguyen Hong Dien"]);
  });

  it("takes a roundtable held with someone as an encounter", () => {
    expect(meetings("On September 15, Chairman Bruno Jaspaert held a roundtable with Senate President Vicente Sotto III on pending bills.")).toEqual([
      ["2026-09-15", "Bruno Jaspaert + Vicente Sotto III"],
    ]);
  });
});
