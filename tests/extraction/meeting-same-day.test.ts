// The day of an encounter told against the one before it: fronted "In the afternoon," and "Before the talks,";
// "met X yesterday, a day after he was received by Y" within one sentence; a dateline with the day in brackets
// ("KOTA KINABALU (Feb 7):") for "today" (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("the day of the encounter just told", () => {
  it.each([["In the afternoon"], ["Before the talks"], ["Later in the day"]])("'%s, X was received by Y'", (opener) => {
    const body =
      "Foreign Minister Sugiono held talks in Jakarta on Wednesday with Australian Foreign Minister Penny Wong.\n\n" +
      "Wong, in turn, asked Jakarta to back Australia's bid for the climate conference.\n\n" +
      `${opener}, Wong was received by President Prabowo Subianto at the Merdeka Palace.`;
    expect(meetings(body, "2026-02-12")).toEqual([
      ["2026-02-11", "held", ["Penny Wong", "Sugiono"]],
      ["2026-02-11", "held", ["Penny Wong", "Prabowo Subianto"]],
    ]);
  });

  it("'called on X yesterday, a day after he was granted an audience by Y'", () => {
    const body =
      "Visiting Indian Foreign Secretary Vikram Misri called on Prime Minister Tshering Tobgay in Thimphu yesterday, a day after he was granted an audience by King Jigme Khesar Namgyel Wangchuck at Lingkana Palace.";
    expect(meetings(body, "2026-02-26")).toEqual([
      ["2026-02-25", "held", ["Tshering Tobgay", "Vikram Misri"]],
      ["2026-02-24", "held", ["Jigme Khesar Namgyel Wangchuck", "Vikram Misri"]],
    ]);
  });

  it("'KOTA KINABALU (Feb 7): ... here today' under a later header", () => {
    const body =
      "KOTA KINABALU (Feb 7): Australian High Commissioner to Malaysia Danielle Heinecke paid a courtesy call on Sabah Chief Minister Hajiji Noor at Menara Kinabalu here today.";
    expect(meetings(body, "2024-02-08")).toEqual([["2024-02-07", "held", ["Danielle Heinecke", "Hajiji Noor"]]]);
  });
});

describe("the same day after a recall told in between", () => {
  it("is the day of the story, not of the encounter recalled months before", () => {
    const body =
      "Ambassador Peter Kamau on Tuesday paid a courtesy call on Minister of State Khalid Al Shamsi at the Ministry of Foreign Affairs in Abu Dhabi.\n\n" +
      "The two discussed the follow-up of the State Visit of President John Mwangi, who held talks in Abu Dhabi on 14 January 2025 with President Hamad Al Falasi.\n\n" +
      "Later on the same day the Ambassador met Minister of Foreign Trade Saeed Al Mansoori.";
    expect(meetings(body, "2026-04-16")).toEqual([
      ["2026-04-14", "held", ["Khalid Al Shamsi", "Peter Kamau"]],
      ["2025-01-14", "held", ["Hamad Al Falasi", "John Mwangi"]],
      ["2026-04-14", "held", ["Peter Kamau", "Saeed Al Mansoori"]],
    ]);
  });
});
