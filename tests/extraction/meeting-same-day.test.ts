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

describe("a relative day in a plan", () => {
  it("'visit X on 24 April ... and will call on Y on the same day' counts from its own sentence's day", () => {
    const body =
      "Ambassador Peter Kamau on Tuesday paid a courtesy call on Mayor Lee Dong-hyun at Busan City Hall.\n\n" +
      "Deputy Minister Tan Wei Ming is scheduled to visit Busan on 24 April 2026 to open a trade fair, and will call on Mayor Lee on the same day.";
    expect(meetings(body, "2026-03-12")).toContainEqual(["2026-04-24", "planned", ["Lee Dong-hyun", "Tan Wei Ming"]]);
  });

  it("'on the following day' after a later day the sentence before gave", () => {
    const body =
      "Ambassador Peter Kamau on Tuesday met Minister of Foreign Trade Saeed Al Mansoori in Abu Dhabi.\n\n" +
      "The Embassy will host a business forum in Dubai on 13 May 2026. Trade Secretary Grace Wanjiru will open the forum and is scheduled to hold talks with Al Mansoori on the following day.";
    expect(meetings(body, "2026-04-16")).toContainEqual(["2026-05-14", "planned", ["Grace Wanjiru", "Saeed Al Mansoori"]]);
  });

  it("'On January 23, A will hold a meeting with B, and on the following day ...': each clause its own day", () => {
    const body =
      "Foreign Minister Kenji Sato said Australian Foreign Minister Penny Wong will visit Japan next week. On January 23, Sato will hold the Foreign Ministers' Meeting with Wong, and on the following day, Sato and Wong will hold the Ministerial Consultations together with Defence Minister Taro Mori and Defence Minister Richard Marles.";
    expect(run(body, "2026-01-20").meetings.map((m) => [m.kind, m.date, m.status])).toEqual([
      ["meeting", "2026-01-23", "planned"],
      ["talks", "2026-01-24", "planned"],
    ]);
  });
});

describe("'Hours earlier' after a second dateline", () => {
  it("is the day of the encounter just told", () => {
    const body =
      "ATHENS (i24NEWS) — Israeli Foreign Minister Ron Levi held talks in Athens on Monday with his Greek counterpart Nikos Dimas.\n\n" +
      "Levi urged Greece to speed up its purchase of air defence systems.\n\n" +
      "The two ministers also agreed to work towards a joint declaration on maritime security.\n\n" +
      "JERUSALEM (i24NEWS) — Hours earlier, Prime Minister David Amsel received Cypriot President Andreas Georgiou at the Prime Minister's Office in Jerusalem.";
    expect(meetings(body, "2026-01-26")).toEqual([
      ["2026-01-26", "held", ["Nikos Dimas", "Ron Levi"]],
      ["2026-01-26", "held", ["Andreas Georgiou", "David Amsel"]],
    ]);
  });
});

describe("'later the same day' after a later day told without an encounter", () => {
  it("is that later day", () => {
    const body =
      "On Wednesday, Trade Minister Omer Kaya and Finance Minister Ahmed Tesfaye co-chaired the fifth session of the joint commission.\n\n" +
      "On Thursday, the investment commission hosted a business forum at the Skylight Hotel, which Kaya opened.\n\n" +
      "Kaya was received by Prime Minister Abiy Mulugeta at his office later the same day.";
    expect(meetings(body, "2026-04-19")).toContainEqual(["2026-04-16", "held", ["Abiy Mulugeta", "Omer Kaya"]]);
  });

  it("not a day the report says it was written", () => {
    const body =
      "KUALA LUMPUR: A memorandum was signed here yesterday by Trade Minister Tengku Zafrul Aziz and Vietnam's Minister of Industry Le Minh Hoang after a bilateral meeting at the Miti Tower.\n\n" +
      "In a statement today, the ministry said Tengku Zafrul had urged Vietnamese companies to invest.\n\n" +
      "Earlier in the day, Hoang paid a courtesy call on Deputy Prime Minister Ahmad Yusof at his office in Putrajaya.";
    expect(meetings(body, "2025-06-12")).toContainEqual(["2025-06-11", "held", ["Ahmad Yusof", "Le Minh Hoang"]]);
  });
});
