// Encounters told aside (issue #11, meetings): a call recalled in a relative clause (", with whom X had a
// telephone conversation on 2 April") is between the antecedent and the clause's subject, and "earlier in
// the day" does not count from it; a named event ("the upcoming Pacific Islands Forum Leaders Meeting",
// "the G20 Summit") is not an encounter of the pair the sentence talks about; "a meeting of senior
// officials" names nobody; "was present at both meetings" joins the encounters held, not a plan told after.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));

describe("an encounter recalled in a relative clause", () => {
  it.each([
    [
      "Addis Ababa (ENA) – African Union Commission Chairperson Mahmoud Ali Youssouf today received Namibian Foreign Minister Selma Ashipala-Musavyi. The Minister conveyed the greetings of President Netumbo Nandi-Ndaitwah, with whom the Chairperson had a telephone conversation on 2 April.\n\nEarlier in the day, the Minister held a working session with Commissioner Albert Muchanga.",
      "2025-05-14",
      ["2025-04-02", ["Mahmoud Ali Youssouf", "Netumbo Nandi-Ndaitwah"]],
      ["2025-05-14", ["Albert Muchanga", "Selma Ashipala-Musavyi"]],
    ],
    [
      "Hanoi (VNA) – Prime Minister Pham Minh Chinh received Thai Foreign Minister Maris Sangiampongsa on Tuesday. Maris conveyed the regards of Prime Minister Paetongtarn Shinawatra, with whom Chinh held phone talks on March 3.\n\nLater in the day, Maris held talks with Foreign Minister Bui Thanh Son.",
      "2025-04-16",
      ["2025-03-03", ["Paetongtarn Shinawatra", "Pham Minh Chinh"]],
      ["2025-04-15", ["Bui Thanh Son", "Maris Sangiampongsa"]],
    ],
  ])("%s", (body, date, recalled, later) => {
    const ms = meetings(body, date).map((m) => [m.date, m.participants]);
    expect(ms).toContainEqual(recalled);
    expect(ms).toContainEqual(later);
  });
});

describe("a named event is not the pair's encounter", () => {
  it.each([
    [
      "Suva (Fijivillage) – Prime Minister Sitiveni Rabuka held talks with New Zealand Foreign Minister Winston Peters in Suva today. The two leaders discussed labour mobility and the upcoming Pacific Islands Forum Leaders Meeting, to be hosted by Tonga in August.",
      "2024-02-07",
    ],
    [
      "Canberra (AAP) – Prime Minister Anthony Albanese held talks with Indonesian President Prabowo Subianto in Canberra on Monday. The two leaders also discussed preparations for the G20 Summit in Johannesburg in November.",
      "2025-05-13",
    ],
  ])("%s", (body, date) => {
    expect(meetings(body, date)).toHaveLength(1);
    expect(meetings(body, date)[0].status).toBe("held");
  });
});

it("'a meeting of senior officials on Tuesday and a ministerial meeting on Wednesday, co-chaired by A and B': only the second names them", () => {
  const ms = meetings(
    "Harare (New Ziana) – President Cyril Ramaphosa and President Emmerson Mnangagwa co-chaired the Bi-National Commission in Harare on Thursday. The session was preceded by a meeting of senior officials on Tuesday and a ministerial meeting on Wednesday, co-chaired by Minister Ronald Lamola and Minister Amon Murwira.",
    "2025-04-25",
  );
  expect(ms.map((m) => [m.date, m.participants])).toEqual([
    ["2025-04-24", ["Cyril Ramaphosa", "Emmerson Mnangagwa"]],
    ["2025-04-23", ["Amon Murwira", "Ronald Lamola"]],
  ]);
});

describe("'was present at both meetings' after a plan", () => {
  it.each([
    [
      "Dhaka (BSS) – Japanese State Minister Takuma Miyaji called on Chief Adviser Muhammad Yunus yesterday. Earlier in the day, Miyaji held a meeting with Foreign Adviser Touhid Hossain. Miyaji invited the chief adviser to attend the Nikkei Forum in Tokyo in late May, where he is scheduled to meet Prime Minister Shigeru Ishiba.\n\nJapanese Ambassador Iwama Kiminori was present at both meetings.",
      "2025-03-06",
      "Iwama Kiminori",
    ],
    [
      "Nairobi (KNA) – Ethiopian Foreign Minister Gedion Timothewos called on President William Ruto on Monday. He also held talks with Foreign Minister Musalia Mudavadi. Mudavadi will meet Prime Minister Abiy Ahmed in Addis Ababa in June.\n\nEthiopian Ambassador Bacha Debele was present at both meetings.",
      "2024-05-14",
      "Bacha Debele",
    ],
  ])("%s", (body, date, attendee) => {
    const ms = meetings(body, date);
    expect(ms.filter((m) => m.status === "held").every((m) => m.participants.includes(attendee))).toBe(true);
    expect(ms.filter((m) => m.status === "planned").some((m) => m.participants.includes(attendee))).toBe(false);
  });
});
