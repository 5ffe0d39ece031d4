// "X will on Thursday meet Y": a day told between the modal and its verb is still a planned encounter, dated by
// that day (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (sentence: string) =>
  extract(` date 2026-03-04 Trade mission in Abuja\n\nIndian Minister of State Pabitra Margherita arrived in Abuja on Monday. ${sentence}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("a day between 'will' and 'meet'", () => {
  it("'will on Thursday meet' the governor with his style and title set off", () => {
    expect(meetings("Margherita will on Thursday meet the Governor of Lagos State, Mr Babajide Sanwo-Olu, in Lagos.")).toEqual([
      ["2026-03-05", "planned", "Babajide Sanwo-Olu + Pabitra Margherita"],
    ]);
  });

  it("'will next Monday meet'", () => {
    expect(meetings("Margherita will next Monday meet Governor Babajide Sanwo-Olu in Lagos.")).toEqual([
      ["2026-03-09", "planned", "Babajide Sanwo-Olu + Pabitra Margherita"],
    ]);
  });

  it("is no encounter when what is met is a target", () => {
    expect(meetings("Margherita said both sides will next year meet the trade target of 20 billion dollars.")).toEqual([]);
  });
});
