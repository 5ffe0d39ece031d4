// Meetings on unseen reports, seventh pass (issue #11): intransitive "held consultations" and "conferred", two styles
// before "courtesy calls", "On the same day" with no encounter before it, "Previously," as a sequel, and plans told as
// "will travel to X to co-chair ... with Y" or "is expected to tour ... with Y".
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("intransitive frames", () => {
  it.each([["held consultations"], ["conferred"], ["consulted"]])("'A and B %s at the ministry'", (frame) => {
    const body =
      "Vilnius, March 4 (ELTA). President Gitanas Nausėda received Polish President Andrzej Duda on Tuesday.\n\n" +
      `Earlier on Tuesday, Foreign Minister Kęstutis Budrys and his Polish counterpart Radosław Sikorski ${frame} at the ministry.`;
    expect(meetings(body, "2025-03-05")).toEqual([
      ["2025-03-04", "held", ["Andrzej Duda", "Gitanas Nausėda"]],
      ["2025-03-04", "held", ["Kęstutis Budrys", "Radosław Sikorski"]],
    ]);
  });

  it("'conferred the order on X' is no encounter", () => {
    const body = "Vilnius, March 4 (ELTA). President Gitanas Nausėda conferred the Order of Vytautas on Ambassador Maria Lopez on Tuesday.";
    expect(meetings(body, "2025-03-05")).toEqual([]);
  });
});

describe("courtesy calls and the day they follow", () => {
  it("'On the same day, X paid farewell courtesy calls on A, at P, and on B' after a sentence dated 'this morning'", () => {
    const body =
      "Vientiane, May 6, 2025 KPL -- The outgoing Ambassador of Australia, Paul Kane, this morning attended a ceremony at the embassy.\n\n" +
      "He thanked the staff for their work.\n\n" +
      "On the same day, Ambassador Paul Kane paid farewell courtesy calls on Prime Minister Sonexay Siphandone, at the Prime Minister's Office, and on Deputy Prime Minister Saleumxay Kommasith.";
    expect(meetings(body, "2025-05-06")).toEqual([
      ["2025-05-06", "held", ["Paul Kane", "Sonexay Siphandone"]],
      ["2025-05-06", "held", ["Paul Kane", "Saleumxay Kommasith"]],
    ]);
  });

  it("'Previously, A and B held bilateral talks' is the day of the encounter just told, not part of it", () => {
    const body =
      "Asunción, IP.- President Santiago Peña received Foreign Minister Maria Lopez of Chile on Tuesday (8), in the presence of Foreign Minister Rubén Ramírez.\n\n" +
      "During the meeting, the two leaders reviewed trade and investment.\n\n" +
      "Previously, Foreign Minister Rubén Ramírez and Minister Lopez held bilateral talks at the Palacio de López.";
    expect(meetings(body, "2025-07-09")).toEqual([
      ["2025-07-08", "held", ["Maria Lopez", "Rubén Ramírez", "Santiago Peña"]],
      ["2025-07-08", "held", ["Maria Lopez", "Rubén Ramírez"]],
    ]);
  });
});

describe("plans with a purpose", () => {
  it("'will travel to X in April to co-chair the Forum with Y'", () => {
    const body = "Port Moresby. Foreign Minister Justin Tkatchenko will travel to Canberra in April to co-chair the Ministerial Forum with Senator Penny Wong, the Australian Foreign Minister.";
    expect(meetings(body, "2026-02-20")).toEqual([["2026-04", "planned", ["Justin Tkatchenko", "Penny Wong"]]]);
  });

  it("'Today, X is expected to tour the plant in P with Y'", () => {
    const body = "Harare. Today, President Aleksandr Lukashenko is expected to tour the tractor assembly plant in Mt Hampden with Vice President Constantino Chiwenga.";
    expect(meetings(body, "2026-04-23")).toEqual([["2026-04-23", "planned", ["Aleksandr Lukashenko", "Constantino Chiwenga"]]]);
  });
});

describe("who is the subject", () => {
  it("'X held talks in CITY on DAY with Y, then was received by Z': X is Z's guest", () => {
    const body = "Budapest, May 7 (MTI) - Foreign Minister Péter Szijjártó held talks in Bratislava on Wednesday with his Slovak counterpart Juraj Blanár, then was received by Slovak President Peter Pellegrini.";
    expect(meetings(body, "2025-05-08")).toEqual([
      ["2025-05-07", "held", ["Juraj Blanár", "Péter Szijjártó"]],
      ["2025-05-07", "held", ["Peter Pellegrini", "Péter Szijjártó"]],
    ]);
  });

  it("'A, TITLE, and B, TITLE, received X separately': one reception per host", () => {
    const body =
      "Phnom Penh. Samdech Hun Manet, Prime Minister of Cambodia, and Samdech Hun Sen, President of the Senate, received Vietnamese Deputy Prime Minister Bui Thanh Son separately on Tuesday.";
    expect(meetings(body, "2025-06-11")).toEqual([
      ["2025-06-10", "held", ["Bui Thanh Son", "Hun Sen"]],
      ["2025-06-10", "held", ["Bui Thanh Son", "Hun Manet"]],
    ]);
  });
});

describe("groups", () => {
  it("'A and B held talks ..., in the framework of the Summit, which the two leaders co-chaired' is one encounter", () => {
    const body =
      "Nicosia, Mar 3 (CNA) - President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis held talks at the Presidential Palace on Monday, in the framework of the 5th Intergovernmental Summit, which the two leaders co-chaired.\n\n" +
      "Government Spokesman Konstantinos Letymbiotis said the talks went well. Letymbiotis added that more would follow.";
    expect(meetings(body, "2026-03-03")).toEqual([["2026-03-02", "held", ["Kyriakos Mitsotakis", "Nikos Christodoulides"]]]);
  });

  it("'The two leaders last met ...' is not a pair with the House President", () => {
    const body =
      "Nicosia, Mar 3 (CNA) - President Nikos Christodoulides and Greek Prime Minister Kyriakos Mitsotakis held talks at the Presidential Palace on Monday.\n\n" +
      "In the afternoon, Mitsotakis was received by House President Annita Demetriou.\n\n" +
      "The two leaders last met in Brussels in December.";
    expect(meetings(body, "2026-03-03")).toEqual([
      ["2026-03-02", "held", ["Kyriakos Mitsotakis", "Nikos Christodoulides"]],
      ["2026-03-02", "held", ["Annita Demetriou", "Kyriakos Mitsotakis"]],
      ["2025-12", "held", ["Kyriakos Mitsotakis", "Nikos Christodoulides"]],
    ]);
  });
});

describe("nouns that are no encounter or no person", () => {
  it("'called on the King at the state guest house': the guest house is no guest", () => {
    const body =
      "DHAKA, Dec 9 (BSS) - Chief Adviser Muhammad Yunus today received King Jigme Khesar Namgyel Wangchuck of Bhutan at the State Guest House Jamuna.\n\n" +
      "Earlier, Foreign Affairs Adviser Touhid Hossain and Energy Adviser Fouzul Kabir Khan called on the King at the state guest house.";
    expect(meetings(body, "2025-12-09")).toEqual([
      ["2025-12-09", "held", ["Jigme Khesar Namgyel Wangchuck", "Muhammad Yunus"]],
      ["2025-12-09", "held", ["Fouzul Kabir Khan", "Jigme Khesar Namgyel Wangchuck", "Touhid Hossain"]],
    ]);
  });

  it("'as the two countries fast-track talks on the pipeline' tells negotiations, not an encounter", () => {
    const body =
      "Nairobi. President William Ruto has urged South Sudan to implement the 2018 peace deal as the two countries fast-track talks on the oil pipeline.\n\n" +
      "Roads Cabinet Secretary Davis Chirchir said the route was agreed.";
    expect(meetings(body, "2026-03-10")).toEqual([]);
  });
});

describe("attendees of the talks that follow", () => {
  it("'The two leaders held a tête-à-tête meeting, followed by inter-delegation talks attended by A, B and C'", () => {
    const body =
      "ANKARA. President Recep Tayyip Erdoğan received Somali President Hassan Sheikh Mohamud at the Presidential Complex on Thursday.\n\n" +
      "The two leaders held a tête-à-tête meeting, followed by inter-delegation talks attended by Foreign Minister Hakan Fidan, Energy Minister Alparslan Bayraktar and Somali Foreign Minister Abdisalam Abdi Ali.";
    expect(meetings(body, "2026-05-14")).toEqual([
      ["2026-05-14", "held", ["Abdisalam Abdi Ali", "Alparslan Bayraktar", "Hakan Fidan", "Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan"]],
    ]);
  });
});
