// People who join an encounter told nearby: "in the presence of X" in the clause of the trigger, and a later sentence
// about the encounter ("The two leaders spoke for an hour, then joined by A and B", "The meeting was attended on the
// Saudi side by C") (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("companions join the encounter", () => {
  it("'was received by X at the palace, in the presence of Minister Y'", () => {
    const body =
      "Lima, June 3 (ANDINA).- Chilean Foreign Minister Alberto Vial was received by President Rosa Quispe at the Government Palace on Monday, in the presence of Minister of Trade Elena Marín.";
    expect(meetings(body, "2025-06-03")).toEqual([["2025-06-02", "held", ["Alberto Vial", "Elena Marín", "Rosa Quispe"]]]);
  });

  it("a group of the encounter then 'joined by A, B and C'", () => {
    const body =
      "President Ana Ruiz received President Tomás Vera of Uruguay at the Casa Rosada on Monday.\n\n" +
      "The two presidents spoke for an hour, first alone and then joined by Foreign Minister Pablo Sosa, Cabinet Chief Luis Díaz and Uruguayan Foreign Minister Mario Lubet, according to a statement.";
    expect(meetings(body, "2025-06-03")).toEqual([["2025-06-02", "held", ["Ana Ruiz", "Luis Díaz", "Mario Lubet", "Pablo Sosa", "Tomás Vera"]]]);
  });

  it("'The meeting was attended on the Pakistani side by A and B, and on the Saudi side by C'", () => {
    const body =
      "Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in Riyadh on Tuesday.\n\n" +
      "The meeting was attended on the Pakistani side by Foreign Minister Ishaq Dar and Finance Minister Muhammad Aurangzeb, and on the Saudi side by Foreign Minister Faisal bin Farhan.";
    expect(meetings(body, "2025-10-29")).toEqual([
      ["2025-10-28", "held", ["Faisal bin Farhan", "Ishaq Dar", "Mohammed bin Salman", "Muhammad Aurangzeb", "Shehbaz Sharif"]],
    ]);
  });

  it("a signing 'in the presence of' the leaders adds nobody to the encounter before it", () => {
    const body =
      "President Ana Ruiz received President Tomás Vera of Uruguay at the Casa Rosada on Monday.\n\n" +
      "An agreement on the canal was signed by Foreign Minister Pablo Sosa and Foreign Minister Mario Lima in the presence of the two presidents.";
    expect(meetings(body, "2025-06-03")[0]).toEqual(["2025-06-02", "held", ["Ana Ruiz", "Tomás Vera"]]);
  });
});
