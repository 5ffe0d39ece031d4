// "Indonesia and Egypt have agreed to wrap up negotiations by the end of 2026, X said after co-chairing the session with
// Y here on Tuesday": a deadline ("by the end of", "until", "no later than") dates what is to be done by then; the
// encounter takes the sentence's other date, and the deadline only when there is none. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-05-27 Ministers meet in Jakarta\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("a deadline in the sentence of an encounter", () => {
  it("does not date the encounter when another date is told", () => {
    expect(
      meetings(
        "Indonesia and Egypt have agreed to wrap up negotiations on a trade agreement by the end of 2026, Foreign Minister Sugiono said after co-chairing the fifth session of the Joint Commission with Egyptian Foreign Minister Badr Abdelatty here on Tuesday.",
      ),
    ).toEqual([["2026-05-26", "held", "Badr Abdelatty + Sugiono"]]);
  });

  it("dates a planned encounter when it is the only date", () => {
    expect(meetings("Foreign Minister Sugiono will meet Egyptian Foreign Minister Badr Abdelatty before the end of 2026.")).toEqual([["2026", "planned", "Badr Abdelatty + Sugiono"]]);
  });
});
