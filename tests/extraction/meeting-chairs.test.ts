// Sessions told with the chair as a noun ("held under the co-chairmanship of A and B", "will convene under the
// chairmanship of ..."): the people after "of" are the session's parties, never the sentence's subject; the tense
// of the clause decides held or planned (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("co-chairmanship as a noun", () => {
  it("'the session was held in CITY today under the co-chairmanship of A and B'", () => {
    const body =
      "Tashkent, March 12. The 5th session of the Uzbek-Kyrgyz Intergovernmental Council was held in Tashkent today under the co-chairmanship of Uzbek Deputy Prime Minister Jamshid Khodjaev and Kyrgyz First Deputy Chairman of the Cabinet Daniyar Amangeldiev.";
    expect(meetings(body, "2025-03-12")).toEqual([["2025-03-12", "held", ["Daniyar Amangeldiev", "Jamshid Khodjaev"]]]);
  });

  it("a plan after a subject who is not a party: 'The ministers prepared the meeting, to be held in CITY in MONTH under the chairmanship of A and B'", () => {
    const body =
      "Foreign Minister Ana Lopes held talks in Lisbon on Monday with her Spanish counterpart Carlos Ruiz.\n\n" +
      "The two foreign ministers also prepared the joint summit of the two governments, to be held in Porto in May under the co-chairmanship of Prime Ministers Rui Sousa and Pedro Gil.";
    expect(meetings(body, "2025-02-11")).toEqual([
      ["2025-02-10", "held", ["Ana Lopes", "Carlos Ruiz"]],
      ["2025-05", "planned", ["Pedro Gil", "Rui Sousa"]],
    ]);
  });

  it("'the commission will convene in CITY in MONTH, jointly chaired by A and B'", () => {
    const body =
      "Foreign Minister Ana Lopes received her Spanish counterpart Carlos Ruiz in Lisbon on Monday. The joint commission will convene in Madrid in October, jointly chaired by Ruiz and Lopes.";
    expect(meetings(body, "2025-02-11")).toEqual([
      ["2025-02-10", "held", ["Ana Lopes", "Carlos Ruiz"]],
      ["2025-10", "planned", ["Ana Lopes", "Carlos Ruiz"]],
    ]);
  });

  it("a country as chair is no party: 'under the chairmanship of Brazil'", () => {
    const body = "President Luiz Silva met President Javier Mora in Brasilia on Monday. The summit was held under the chairmanship of Brazil.";
    expect(meetings(body, "2025-02-11")).toEqual([["2025-02-10", "held", ["Javier Mora", "Luiz Silva"]]]);
  });
});
