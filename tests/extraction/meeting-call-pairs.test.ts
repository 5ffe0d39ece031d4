// Phone and video calls given the right pair (issue #11, batch16 misses): the person called by an office the
// gazetteer did not know, the pair of "which the two will co-chair", and "the two foreign ministers" after a third
// minister met one of them.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";


describe("the pair of a call", () => {
  it("'held a video call with Chancellor of the Exchequer X on Monday to prepare the Dialogue, which the two will co-chair in London in September'", () => {
    const body = "Finance Minister Anil Mehra held a video call with Chancellor of the Exchequer Rachel Dunmore on Monday to prepare the Economic and Financial Dialogue, which the two will co-chair in London in September.";
    expect(meetings(body, "2026-06-03")).toEqual([
      ["2026-06-01", "held", ["Anil Mehra", "Rachel Dunmore"]],
      ["2026-09", "planned", ["Anil Mehra", "Rachel Dunmore"]],
    ]);
  });

  it("'The two foreign ministers held a video conference on October 22' after the guest's lunch with a minister of commerce", () => {
    const body = [
      "The Minister of Foreign Affairs, Ana Bravo, and the Minister of Foreign Affairs of the Republic of Peru, Luis Ortega, co-chaired this Thursday, at the Foreign Ministry, the Binational Commission.",
      "On Wednesday, Minister Ortega was received by the President of the Republic at the Casa de Nariño, and held a working lunch with the Minister of Commerce, Industry and Tourism, Carlos Rojas.",
      "The two foreign ministers held a video conference on October 22 to prepare the Commission.",
    ].join("\n\n");
    expect(meetings(body, "2026-11-06")).toEqual([
      ["2026-11-05", "held", ["Ana Bravo", "Luis Ortega"]],
      ["2026-11-04", "held", ["Carlos Rojas", "Luis Ortega"]],
      ["2026-10-22", "held", ["Ana Bravo", "Luis Ortega"]],
    ]);
  });
});

describe("a call told in a quotation", () => {
  it("'X stated: \"In my telephone call with Y on 16 February, I proposed ...\"': X called Y", () => {
    const body = [
      "Foreign Minister Peter Kamau travelled to Lima today for talks with the Minister of Foreign Affairs of Peru, Luis Ortega.",
      "Before his departure, Foreign Minister Kamau stated:",
      "\"Peru is a key partner for Kenya.",
      "In my telephone call with Luis Ortega on 16 February, I proposed that we put our fisheries cooperation on a firm footing.\"",
    ].join("\n\n");
    const doc = run(body, "2026-03-05");
    expect(doc.meetings.map((m) => [m.date, m.kind, [...m.participants].sort()])).toContainEqual(["2026-02-16", "phone_call", ["Luis Ortega", "Peter Kamau"]]);
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Peter Kamau"]);
  });
});
