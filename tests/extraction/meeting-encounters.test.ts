// Several encounters in one visit report (issue #11, meetings): successive talks with several
// counterparts, "met A and B separately", a fronted "During his meeting with X" that narrows the
// parties to one of them, attendees named in a later sentence, a group noun ("the two prime
// ministers") that names the pair of the latest encounter whose titles fit it.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date = "2024-10-16") =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));

describe("one encounter per counterpart", () => {
  it("held successive talks with A, B and C", () => {
    const ms = meetings(
      "Rabat (MAP) – Foreign Minister Nasser Bourita held successive talks in Rabat on Tuesday with Gambian Foreign Minister Mamadou Tangara, Comorian Foreign Minister Mbae Mohamed and Liberian Foreign Minister Sara Beysolow Nyanti.",
    );
    expect(ms.map((m) => [m.date, m.participants])).toEqual([
      ["2024-10-15", ["Mamadou Tangara", "Nasser Bourita"]],
      ["2024-10-15", ["Mbae Mohamed", "Nasser Bourita"]],
      ["2024-10-15", ["Nasser Bourita", "Sara Beysolow Nyanti"]],
    ]);
  });

  it("met A and B separately, the adverb after both objects", () => {
    const ms = meetings(
      "Bangkok (RSS) – On Friday, Prime Minister Pushpa Kamal Dahal met Bangladesh's Chief Adviser Muhammad Yunus and Indian Prime Minister Narendra Modi separately at the summit venue.",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Muhammad Yunus", "Pushpa Kamal Dahal"],
      ["Narendra Modi", "Pushpa Kamal Dahal"],
    ]);
  });

  it("met A and B together stays one encounter", () => {
    const ms = meetings("Bangkok (RSS) – On Friday, Prime Minister Pushpa Kamal Dahal met Chief Adviser Muhammad Yunus and Prime Minister Narendra Modi at the summit venue.");
    expect(ms).toHaveLength(1);
  });
});

describe("a fronted meeting noun", () => {
  it("'During his meeting with X, Y recalled ... the visit of Z in June 2023' is the day's encounter with X, not a new one with Z", () => {
    const ms = meetings(
      "Rabat (MAP) – Foreign Minister Nasser Bourita held successive talks in Rabat on Tuesday with Gambian Foreign Minister Mamadou Tangara and Liberian Foreign Minister Sara Beysolow Nyanti.\n\nDuring his meeting with Tangara, Bourita recalled that the two countries signed an investment agreement during the visit of Gambian President Adama Barrow to Rabat in June 2023.",
    );
    expect(ms.map((m) => [m.date, m.participants])).toEqual([
      ["2024-10-15", ["Mamadou Tangara", "Nasser Bourita"]],
      ["2024-10-15", ["Nasser Bourita", "Sara Beysolow Nyanti"]],
    ]);
  });
});

describe("attendees named after the encounter", () => {
  it("'A and B were present at the meetings' join every encounter of that day", () => {
    const ms = meetings(
      "Bangkok (RSS) – On Friday, Prime Minister Pushpa Kamal Dahal met Chief Adviser Muhammad Yunus and Prime Minister Narendra Modi separately.\n\nForeign Minister Arzu Rana Deuba and Foreign Secretary Amrit Bahadur Rai were present at the meetings.",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Amrit Bahadur Rai", "Arzu Rana Deuba", "Muhammad Yunus", "Pushpa Kamal Dahal"],
      ["Amrit Bahadur Rai", "Arzu Rana Deuba", "Narendra Modi", "Pushpa Kamal Dahal"],
    ]);
  });
});

describe("a group noun names the latest pair whose titles fit", () => {
  it("'The two prime ministers last met in CITY in MONTH' after a ministers' meeting and a prime ministers' plan", () => {
    const ms = meetings(
      "Warsaw (PAP) – Polish Foreign Minister Radoslaw Sikorski held talks in Warsaw on Thursday with Norwegian Foreign Minister Espen Barth Eide.\n\nSikorski said Poland wants closer energy ties.\n\nPrime Minister Donald Tusk will hold talks with Norwegian Prime Minister Jonas Gahr Støre in Oslo in June. The two prime ministers last met in Brussels in March.",
      "2024-04-19",
    );
    expect(ms.map((m) => [m.date, m.status, m.participants])).toEqual([
      ["2024-04-18", "held", ["Espen Barth Eide", "Radoslaw Sikorski"]],
      ["2024-06", "planned", ["Donald Tusk", "Jonas Gahr Støre"]],
      ["2024-03", "held", ["Donald Tusk", "Jonas Gahr Støre"]],
    ]);
  });

  it("'The two prime ministers will co-chair ..., spokesman X said': the counterparts of the talks, not the spokesman", () => {
    const ms = meetings(
      "Vientiane (KPL) – Prime Minister Paetongtarn Shinawatra held talks with her Lao counterpart Sonexay Siphandone in Vientiane on Thursday.\n\nThe two prime ministers will co-chair the joint cabinet retreat in Chiang Mai in March next year, government spokesman Jirayu Houngsub said.",
      "2024-12-13",
    );
    expect(ms.map((m) => [m.date, m.status, m.participants])).toEqual([
      ["2024-12-12", "held", ["Paetongtarn Shinawatra", "Sonexay Siphandone"]],
      ["2025-03", "planned", ["Paetongtarn Shinawatra", "Sonexay Siphandone"]],
    ]);
  });
});

describe("calls and further encounters of one visit (batch06 cues)", () => {
  it("talks, 'called on', and 'also met' whose relative clause recalls another year", () => {
    const ms = meetings(
      "ISLAMABAD: Foreign Minister Ishaq Dar held talks with his Kazakh counterpart Murat Nurtleu at the Foreign Office on Tuesday.\n\nLater, Nurtleu called on Prime Minister Shehbaz Sharif at the PM House.\n\nNurtleu also met Chairman Senate Syed Yousuf Raza Gilani, who recalled his visit to Kazakhstan as prime minister in 2011.",
      "2025-02-26",
    );
    expect(ms.map((m) => [m.date, m.participants])).toEqual([
      ["2025-02-25", ["Ishaq Dar", "Murat Nurtleu"]],
      ["2025-02-25", ["Murat Nurtleu", "Shehbaz Sharif"]],
      ["2025-02-25", ["Murat Nurtleu", "Syed Yousuf Raza Gilani"]],
    ]);
  });

  it("'received a courtesy call from' a styled guest after a comma", () => {
    const ms = meetings(
      "JAKARTA – Secretary-General of ASEAN, Dr. Kao Kim Hourn, today received a courtesy call from the Minister of Foreign Affairs of Timor-Leste, H.E. Bendito dos Santos Freitas, at the ASEAN Secretariat.",
      "2024-09-19",
    );
    expect(ms).toEqual([{ date: "2024-09-19", status: "held", participants: ["Bendito dos Santos Freitas", "Kao Kim Hourn"] }]);
  });

  it("'Earlier, X held official talks with the Iranian minister': the minister of that country", () => {
    const ms = meetings(
      "MUSCAT, Jan 15 - His Majesty Sultan Haitham bin Tarik received Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran, at Al Alam Palace on Wednesday.\n\nEarlier, Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, held official talks with the Iranian minister at the Diwan of the Ministry.\n\nOmani Minister of Commerce Qais bin Mohammed Al Yousef said trade grew.",
      "2025-01-16",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Abbas Araghchi", "Haitham bin Tarik"],
      ["Abbas Araghchi", "Sayyid Badr bin Hamad Al Busaidi"],
    ]);
  });

  it("'paid a courtesy call on' and 'also met with' family names in capitals", () => {
    const ms = meetings(
      "Tokyo – On January 15, Minister Batmunkh Battsetseg paid a courtesy call on Mr. ISHIBA Shigeru, Prime Minister of Japan. On January 14, she also met with Mr. NUKAGA Fukushiro, Speaker of the House of Representatives.",
      "2025-01-16",
    );
    expect(ms).toEqual([
      { date: "2025-01-15", status: "held", participants: ["Batmunkh Battsetseg", "ISHIBA Shigeru"] },
      { date: "2025-01-14", status: "held", participants: ["Batmunkh Battsetseg", "NUKAGA Fukushiro"] },
    ]);
  });
});
