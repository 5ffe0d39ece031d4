// Encounters the frames missed: "offered a working dinner to X"; "called on X, who hosted him to a lunch" (a meal, not
// a request "to do"); "after talks between A and B" with the day in the sentence before; a subject named by office and
// country only ("the Prime Minister of Italy met with X") (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("hosts, meals and offices", () => {
  it("'Yesterday evening, Minister A offered a working dinner to Minister B'", () => {
    const body =
      "Prime Minister Petteri Orpo met President Gustavo Petro in Helsinki today.\n\n" +
      "Yesterday evening, Minister Elina Valtonen offered a working dinner to Minister Laura Sarabia at the Königstedt Manor.";
    expect(meetings(body, "2026-06-25")).toEqual([
      ["2026-06-25", "held", ["Gustavo Petro", "Petteri Orpo"]],
      ["2026-06-24", "held", ["Elina Valtonen", "Laura Sarabia"]],
    ]);
  });

  it("'called on President X, who hosted him to a lunch'", () => {
    const body = "Earlier on Monday, Prime Minister Anutin Charnvirakul called on President Tharman Shanmugaratnam, who hosted him to a lunch at the Istana.";
    expect(meetings(body, "2026-03-17")).toEqual([["2026-03-16", "held", ["Anutin Charnvirakul", "Tharman Shanmugaratnam"]]]);
  });

  it("'The deal was sealed after talks between A and B' after 'on Wednesday signed'", () => {
    const body =
      "Tanzania and Zambia on Wednesday signed a framework agreement on the revival of the TAZARA railway.\n\n" +
      "The deal was sealed after talks between President Samia Suluhu Hassan and her Zambian counterpart Hakainde Hichilema at State House in Dar es Salaam.";
    expect(meetings(body, "2026-02-19")).toEqual([["2026-02-18", "held", ["Hakainde Hichilema", "Samia Suluhu Hassan"]]]);
  });

  it("'On the same day, the Prime Minister of Italy met with X'", () => {
    const body =
      "President Kassym-Jomart Tokayev held talks today with Prime Minister of Italy Giorgia Meloni in Astana.\n\n" +
      "On the same day, the Prime Minister of Italy met with Chairman of the Senate Maulen Ashimbayev.";
    expect(meetings(body, "2026-05-21")).toEqual([
      ["2026-05-21", "held", ["Giorgia Meloni", "Kassym-Jomart Tokayev"]],
      ["2026-05-21", "held", ["Giorgia Meloni", "Maulen Ashimbayev"]],
    ]);
  });
});
