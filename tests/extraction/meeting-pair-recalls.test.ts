// Encounters of the report's pair told with month precision: "They are expected to meet again in June" opening its
// sentence; "A and B held a phone call in May and are expected to meet in November" (the whole coordinated subject);
// "The ministers last spoke by video conference in June" after a reception that deputies attended (its host and
// guest, not the deputies) (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("the pair's encounters in a month", () => {
  it("'They are expected to meet again in June' after a recall", () => {
    const body =
      "President Bola Tinubu received President Bassirou Diomaye Faye at the State House in Abuja on Tuesday.\n\n" +
      "The two Presidents last met in Dakar in March 2025. They are expected to meet again in Dakar in June for the joint commission.";
    expect(meetings(body, "2026-02-11")).toEqual([
      ["2026-02-10", "held", ["Bassirou Diomaye Faye", "Bola Tinubu"]],
      ["2025-03", "held", ["Bassirou Diomaye Faye", "Bola Tinubu"]],
      ["2026-06", "planned", ["Bassirou Diomaye Faye", "Bola Tinubu"]],
    ]);
  });

  it("'A and B held a phone call in May and are expected to meet in November'", () => {
    const body =
      "Prime Minister Christopher Luxon met Singaporean Foreign Minister Vivian Balakrishnan in Wellington on Thursday.\n\n" +
      "Luxon and Prime Minister Lawrence Wong held a phone call in May and are expected to meet in Singapore in November.";
    expect(meetings(body, "2026-07-10")).toEqual([
      ["2026-07-09", "held", ["Christopher Luxon", "Vivian Balakrishnan"]],
      ["2026-05", "held", ["Christopher Luxon", "Lawrence Wong"]],
      ["2026-11", "planned", ["Christopher Luxon", "Lawrence Wong"]],
    ]);
  });

  it("'The ministers last spoke by video conference in June' after a reception deputies attended", () => {
    const body =
      "Foreign Minister Maria Malmer Stenergard hosted the Foreign Minister of Chile, Alberto van Klaveren, in Stockholm on 8 October.\n\n" +
      "The talks were also attended by Deputy Minister of Trade Johan Forssell and Chile's Ambassador to Sweden, Ximena Fuentes.\n\n" +
      "The ministers last spoke by video conference in June.";
    expect(meetings(body, "2026-10-08")).toEqual([
      ["2026-10-08", "held", ["Alberto van Klaveren", "Johan Forssell", "Maria Malmer Stenergard", "Ximena Fuentes"]],
      ["2026-06", "held", ["Alberto van Klaveren", "Maria Malmer Stenergard"]],
    ]);
  });
});
