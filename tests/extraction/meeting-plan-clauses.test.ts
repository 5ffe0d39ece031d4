// "X will travel to PLACE in August to attend the celebrations and hold a second meeting with Y, announced the
// spokesman, Z": the plan of the clause opening the sentence governs the verb in its base form further on, and the
// spokesman after ", announced" is no party (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("a plan across one clause", () => {
  it("'will travel ... in August to attend ... and hold a second meeting with Y, announced the spokesman, Z'", () => {
    const body =
      "President Yamandú Orsi and Paraguayan President Santiago Peña held talks on Wednesday in Montevideo.\n\n" +
      "Orsi will travel to Asunción in August to attend the celebrations of Independence Day and hold a second meeting with President Peña, announced the spokesman of the Uruguayan Government, Alejandro Sánchez.";
    expect(meetings(body, "2026-05-14")).toEqual([
      ["2026-05-13", "held", ["Santiago Peña", "Yamandú Orsi"]],
      ["2026-08", "planned", ["Santiago Peña", "Yamandú Orsi"]],
    ]);
  });
});
