// Which day a date expression gives an encounter: a dateline's day is the wire's ("HANOI, 9 March - X met Y
// yesterday"); a day before "and is scheduled to meet" belongs to the first verb; "will be received on Friday by" is a
// planned reception, and "on the same day" later in its sentence is that day; "In the evening" after a flashback is
// the story's day (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("the day an expression gives an encounter", () => {
  it("'TOWN, 9 March - X received Y ... yesterday': the dateline's day is not the encounter's", () => {
    const body =
      "VIENTIANE, 9 March - Minister of Foreign Affairs Thongsavanh Phomvihane received Ambassador of Japan to Laos Kenichi Kobayashi at the Ministry of Foreign Affairs in Vientiane yesterday afternoon.";
    expect(meetings(body, "2026-03-09")).toEqual([["2026-03-08", "held", ["Kenichi Kobayashi", "Thongsavanh Phomvihane"]]]);
  });

  it("'held talks with A on Monday and is expected to meet B on Thursday'", () => {
    const body =
      "Austrian Foreign Minister Beate Meinl-Reisinger arrived in Jakarta this week.\n\n" +
      "Meinl-Reisinger held talks with Indonesian Foreign Minister Sugiono on Monday and is expected to meet President Prabowo Subianto on Thursday before leaving for Singapore.";
    expect(meetings(body, "2026-05-13")).toEqual([
      ["2026-05-11", "held", ["Beate Meinl-Reisinger", "Sugiono"]],
      ["2026-05-14", "planned", ["Beate Meinl-Reisinger", "Prabowo Subianto"]],
    ]);
  });

  it("'X will be received on Friday by A, and on the same day will meet B'", () => {
    const body =
      "Portuguese Foreign Minister Paulo Rangel held talks in Lisbon on Tuesday with Brazilian Foreign Minister Mauro Vieira.\n\n" +
      "Vieira will be received on Friday by President Marcelo Rebelo de Sousa at Belém Palace, and on the same day will meet Prime Minister António Costa, the embassy said.";
    expect(meetings(body, "2026-04-15")).toEqual([
      ["2026-04-14", "held", ["Mauro Vieira", "Paulo Rangel"]],
      ["2026-04-17", "planned", ["Marcelo Rebelo de Sousa", "Mauro Vieira"]],
      ["2026-04-17", "planned", ["António Costa", "Mauro Vieira"]],
    ]);
  });

  it("'In the evening, X phoned Y' after a flashback to the day before", () => {
    const body =
      "President Gitanas Nausėda received Latvian President Edgars Rinkēvičs in Vilnius today.\n\n" +
      "On Monday, Foreign Minister Kęstutis Budrys held talks with Latvian Foreign Minister Baiba Braže in Riga to prepare the visit.\n\n" +
      "In the evening, President Nausėda held a phone call with Estonian President Alar Karis.";
    expect(meetings(body, "2026-06-09")).toEqual([
      ["2026-06-09", "held", ["Edgars Rinkēvičs", "Gitanas Nausėda"]],
      ["2026-06-08", "held", ["Baiba Braže", "Kęstutis Budrys"]],
      ["2026-06-09", "held", ["Alar Karis", "Gitanas Nausėda"]],
    ]);
  });
});
