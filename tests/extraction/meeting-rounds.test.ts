// Meetings and proposals, fifth pass (issue #11, guided by batch08): the outlet's own date line for "today";
// co-chaired sessions told with an infinitive ("to co-chair, with X, the ..."); plans with "is to"; the day of
// ", which was held earlier the same day", "on the eve of", "in the margins of"; a moment of an encounter told
// after a fronted reference back ("At the start of the talks, X greeted Y"); "spoke with X by phone"; "the talks
// they held in CITY last month"; "The leaders" and "the two Foreign Ministers" as groups; role nouns for styles
// and titles ("His Highness", "the Chief Adviser", "the Commissioner", "the Minister-President").
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string, headline = "Leaders meet: officials") =>
  run(body, date, headline).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);
const speakers = (body: string, date = "2024-05-08") => run(body, date).proposals.map((p) => [p.speaker, p.kind]);

describe("the outlet's own date decides 'today'", () => {
  it.each([
    ["Tashkent, May 6, UzA", "2024-05-06"],
    ["Monday, 6 May 2024", "2024-05-06"],
    ["06.05.2024 [17:05]", "2024-05-06"],
  ])("%s under a later header", (line, day) => {
    const doc = extract(
      ` date 2024-05-07 Tashkent talks\nNational news\n${line}\n\nPresident Shavkat Mirziyoyev today held a telephone conversation with Kazakh President Kassym-Jomart Tokayev.`,
      { source: "t.txt" },
    );
    expect(doc.meetings.map((m) => m.date)).toEqual([day]);
  });

  it("a date line a week before the header is not the story's day", () => {
    const doc = extract(
      ` date 2024-05-14 Tashkent talks\nMonday, 6 May 2024\n\nPresident Shavkat Mirziyoyev today held a telephone conversation with Kazakh President Kassym-Jomart Tokayev.`,
      { source: "t.txt" },
    );
    expect(doc.meetings.map((m) => m.date)).toEqual(["2024-05-14"]);
  });
});

describe("sessions, plans and their days", () => {
  it("'is in X from A-B to co-chair, with Y, the session, which was held earlier the same day'", () => {
    const body =
      "Hanoi (VNA) – Prime Minister Pham Minh Chinh received Cambodian Deputy Prime Minister Sun Chanthol in Hanoi on March 4.\n\n" +
      "Sun Chanthol is in Vietnam from March 3-5 to co-chair, with Deputy Prime Minister Bui Thanh Son, the 20th session of the Joint Commission on Economic Cooperation, which was held earlier the same day at the Government Office.";
    expect(meetings(body, "2024-03-05")).toEqual([
      ["2024-03-04", "held", ["Pham Minh Chinh", "Sun Chanthol"]],
      ["2024-03-04", "held", ["Bui Thanh Son", "Sun Chanthol"]],
    ]);
  });

  it("'to co-chair the session' after an invitation is no encounter of its own", () => {
    const body =
      "Hanoi (VNA) – Prime Minister Pham Minh Chinh and his Cambodian counterpart Hun Manet co-chaired the 20th session of the committee in Hanoi on March 4.\n\n" +
      "Hun Manet is visiting Vietnam from March 3 to 5 at Chinh's invitation to co-chair the session.";
    expect(meetings(body, "2024-03-05")).toEqual([["2024-03-04", "held", ["Hun Manet", "Pham Minh Chinh"]]]);
  });

  it("'is to call on', 'is to be received by the Minister-President of X, Y'", () => {
    const body =
      "Berlin (dpa) – Chancellor Olaf Scholz received President Gitanas Nauseda of Lithuania at the Chancellery on Monday.\n\n" +
      "On Wednesday, the President is to be received by the Minister-President of Saxony, Michael Kretschmer. On Thursday he is to call on Federal President Frank-Walter Steinmeier.";
    expect(meetings(body, "2024-05-06")).toEqual([
      ["2024-05-06", "held", ["Gitanas Nauseda", "Olaf Scholz"]],
      ["2024-05-08", "planned", ["Gitanas Nauseda", "Michael Kretschmer"]],
      ["2024-05-09", "planned", ["Frank-Walter Steinmeier", "Gitanas Nauseda"]],
    ]);
  });

  it("'on the eve of the council' is the day before; 'in the margins of the meeting' is the meeting's day, not a call's", () => {
    const body =
      "Brussels – The EU-Moldova Association Council met in Brussels on 14 May, chaired by Josep Borrell, with Moldovan Prime Minister Dorin Recean heading the delegation.\n\n" +
      "On the eve of the Association Council, President of the European Council Charles Michel held a video call with President of Moldova Maia Sandu.\n\n" +
      "In the margins of the meeting, Moldovan Foreign Minister Mihai Popsoi met Belgian Foreign Minister Hadja Lahbib.";
    const got = meetings(body, "2024-05-15");
    expect(got).toContainEqual(["2024-05-13", "held", ["Charles Michel", "Maia Sandu"]]);
    expect(got).toContainEqual(["2024-05-14", "held", ["Hadja Lahbib", "Mihai Popsoi"]]);
  });
});

describe("one encounter told in several sentences", () => {
  it("'At the start of the talks, X greeted Y' is a moment of the talks", () => {
    const body =
      "Riyadh (SPA) – Crown Prince Mohammed bin Salman held official talks with President of Kenya William Ruto at Al-Yamamah Palace on Tuesday.\n\n" +
      "At the start of the talks, His Royal Highness the Crown Prince welcomed the Kenyan President and his delegation.";
    expect(meetings(body, "2024-05-08")).toEqual([["2024-05-07", "held", ["Mohammed bin Salman", "William Ruto"]]]);
  });
});

describe("frames", () => {
  it("'spoke with his counterpart X by phone on DATE'", () => {
    expect(meetings("Tokyo (Kyodo) – Foreign Minister Kamikawa Yoko spoke with her South Korean counterpart Cho Tae-yul by phone on May 2 and asked Seoul to keep the dialogue going.", "2024-05-03")).toEqual([
      ["2024-05-02", "held", ["Cho Tae-yul", "Kamikawa Yoko"]],
    ]);
  });

  it("'The leaders built on the talks they held in CITY last month'; 'The leaders agreed to meet again at the G20 Summit'", () => {
    const body =
      "Ottawa – Prime Minister Justin Trudeau met with President of Indonesia Joko Widodo in Ottawa on May 6.\n\n" +
      "The leaders built on the talks they held in Jakarta last month.\n\n" +
      "The Prime Minister thanked President Luiz Inacio Lula da Silva of Brazil for hosting the first G20 Leaders' Summit in South America.\n\n" +
      "The leaders agreed to meet again at the G20 Summit in Rio de Janeiro in November.";
    const got = meetings(body, "2024-05-07");
    expect(got).toContainEqual(["2024-04", "held", ["Joko Widodo", "Justin Trudeau"]]);
    expect(got).toContainEqual(["2024-11", "planned", ["Joko Widodo", "Justin Trudeau"]]);
    expect(got.some(([, , p]) => (p as string[]).includes("Luiz Inacio Lula da Silva"))).toBe(false);
  });

  it("'The two Foreign Ministers had met on Monday' when only their signing was told", () => {
    const body =
      "Paris – President Emmanuel Macron received King Abdullah II of Jordan at the Elysee Palace on Wednesday.\n\n" +
      "In their presence, Minister for Europe and Foreign Affairs Stephane Sejourne and Ayman Safadi, Minister of Foreign Affairs of Jordan, signed a memorandum of understanding on water.\n\n" +
      "The two Foreign Ministers had met on Monday at the Quai d'Orsay.";
    expect(meetings(body, "2024-05-08")).toContainEqual(["2024-05-06", "held", ["Ayman Safadi", "Stephane Sejourne"]]);
  });

  it("a four-word Spanish name is later called by its first family name", () => {
    const body =
      "Taipei (CNA) – President Lai Ching-te welcomed Paraguayan President Santiago Pena on Monday. He is accompanied by Foreign Minister Ruben Dario Ramirez Lezcano.\n\n" +
      "Minister of Foreign Affairs Lin Chia-lung held talks with Ramirez on Tuesday.";
    expect(meetings(body, "2024-05-08")).toContainEqual(["2024-05-07", "held", ["Lin Chia-lung", "Ruben Dario Ramirez Lezcano"]]);
  });
});

describe("speakers named by a style or a bare title", () => {
  it("'His Highness called for ... and proposed'", () => {
    const body =
      "Doha (QNA) – His Highness the Amir Sheikh Tamim bin Hamad Al Thani received President of Ghana Nana Akufo-Addo at the Amiri Diwan on Tuesday.\n\n" +
      "His Highness called for closer cooperation in energy and proposed that the two countries set up a joint investment fund.";
    expect(speakers(body)).toEqual([
      ["Tamim bin Hamad Al Thani", "call"],
      ["Tamim bin Hamad Al Thani", "proposal"],
    ]);
  });

  it("'The Chief Adviser asked', 'The Commissioner invited'", () => {
    const body =
      "Dhaka (BSS) – Chief Adviser Muhammad Yunus received European Commissioner Jutta Urpilainen at the State Guest House Jamuna on Tuesday.\n\n" +
      "The Chief Adviser asked the EU to extend duty-free access beyond 2029. The Commissioner invited Bangladesh to join the Global Gateway investment forum.";
    expect(speakers(body)).toEqual([
      ["Muhammad Yunus", "request"],
      ["Jutta Urpilainen", "invitation"],
    ]);
  });

  it("'the Lao Prime Minister suggested' while the country is still read from the sentence around the name", () => {
    const body =
      "(KPL) Prime Minister Sonexay Siphandone received Foreign Minister U Than Swe of Myanmar in Vientiane on Feb 9.\n\n" +
      "During the call, the Lao Prime Minister suggested that the two countries build a second bridge.";
    expect(speakers(body, "2024-02-10")).toEqual([["Sonexay Siphandone", "suggestion"]]);
  });
});
