// Meeting grammar that batch13 and batch14 showed generalising badly (issue #11, tenth pass): a coordinated subject
// whose second member has a title in apposition, recalls by a plural title that must take the report's pair, the
// Turkish-English "came together with", and plans placed only in a later year.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string, headline?: string) =>
  run(body, date, headline).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("recalls, plans and coordinated subjects", () => {
  it("'President A and his Malian counterpart, B, held talks ...': both are subjects", () => {
    const body = "President Amadou Keita Sow and his Malian counterpart, Modibo Traore, held talks in Niamey on Tuesday.";
    expect(meetings(body, "2026-04-09")).toEqual([["2026-04-07", "held", ["Amadou Keita Sow", "Modibo Traore"]]]);
  });

  it("'The two Presidents last met in X': the report's pair, not a vice president told later", () => {
    const body =
      "President Amara Kone on Monday received his Liberian counterpart, President Joseph Boakai Tarr, at the State House in Freetown.\n\n" +
      "Boakai Tarr had arrived on Sunday and was welcomed at the airport by Vice President Fatima Jalloh.\n\n" +
      "The two Presidents last met in Accra in March 2025.";
    expect(meetings(body, "2026-06-16")).toEqual([
      ["2026-06-15", "held", ["Amara Kone", "Joseph Boakai Tarr"]],
      ["2026-06-14", "held", ["Fatima Jalloh", "Joseph Boakai Tarr"]],
      ["2025-03", "held", ["Amara Kone", "Joseph Boakai Tarr"]],
    ]);
  });

  it("'The two heads of state last met ...' after a reception by a prime minister", () => {
    const body =
      "President Amara Kone and his Liberian counterpart, Joseph Boakai Tarr, held talks in Freetown on Monday.\n\n" +
      "On Tuesday, the Liberian president was received by Prime Minister David Sesay.\n\n" +
      "The two heads of state last met in Monrovia in January 2026.";
    expect(meetings(body, "2026-06-16")).toContainEqual(["2026-01", "held", ["Amara Kone", "Joseph Boakai Tarr"]]);
  });

  it("'came together with' is a meeting, 'last came together' a recall", () => {
    const body =
      "On Monday, President Kemal Arslan came together with President Nursultan Bekov at the Presidential Complex in Ankara.\n\n" +
      "President Arslan and President Bekov last came together in Astana in May 2025.";
    expect(meetings(body, "2026-09-08")).toEqual([
      ["2026-09-07", "held", ["Kemal Arslan", "Nursultan Bekov"]],
      ["2025-05", "held", ["Kemal Arslan", "Nursultan Bekov"]],
    ]);
  });

  it("a plan placed only in a later year is no meeting", () => {
    const body =
      "Foreign Minister Lena Holm met her Danish counterpart Mads Krogh in Oslo on Monday.\n\n" +
      "Holm invited Krogh to visit Stockholm in 2027 to co-chair the fifth Nordic Foreign Ministers' Meeting.";
    expect(meetings(body, "2026-03-10")).toEqual([["2026-03-09", "held", ["Lena Holm", "Mads Krogh"]]]);
  });

  it("'had held a dialogue earlier on Monday and will meet again in Oslo in October': the plan takes its own month", () => {
    const body =
      "Foreign Minister Lena Holm and her Danish counterpart Mads Krogh had held a dialogue in Stockholm earlier on Monday and will meet again in Oslo in October.";
    expect(meetings(body, "2026-03-10")).toEqual([
      ["2026-03-09", "held", ["Lena Holm", "Mads Krogh"]],
      ["2026-10", "planned", ["Lena Holm", "Mads Krogh"]],
    ]);
  });

  it("'the first meeting between the two since they spoke by phone in May last year': a recalled call of the pair", () => {
    const body =
      "Prime Minister Kenji Sato met President Andrzej Nowak at the Prime Minister's Office on Thursday.\n\n" +
      "It was the first meeting between the two since they spoke by phone in May last year.";
    expect(meetings(body, "2026-03-13")).toEqual([
      ["2026-03-12", "held", ["Andrzej Nowak", "Kenji Sato"]],
      ["2025-05", "held", ["Andrzej Nowak", "Kenji Sato"]],
    ]);
  });

  it("'X accepted Y's invitation to visit Seoul and is set to hold talks with Y there in October': X is the subject", () => {
    const body =
      "President Lee Min-ho held talks with Prime Minister Jonas Berg in Oslo on Tuesday.\n\n" +
      "Berg accepted Lee's invitation to visit Seoul and is set to hold talks with Lee there in October, the office said.";
    expect(meetings(body, "2026-06-10")).toEqual([
      ["2026-06-09", "held", ["Jonas Berg", "Lee Min-ho"]],
      ["2026-10", "planned", ["Jonas Berg", "Lee Min-ho"]],
    ]);
  });

  it("'On Monday evening, X held a working dinner with Y': a meal with a named guest is an encounter of its own", () => {
    const body =
      "President Tomas Varga received his Slovak counterpart, President Peter Hudak, in Budapest on Tuesday.\n\n" +
      "On Monday evening, President Hudak held a working dinner with Vice President Anna Kiss, who is also Minister of Finance.";
    expect(meetings(body, "2026-05-13")).toEqual([
      ["2026-05-12", "held", ["Peter Hudak", "Tomas Varga"]],
      ["2026-05-11", "held", ["Anna Kiss", "Peter Hudak"]],
    ]);
  });

  it("'The session was co-chaired by A and B' two sentences after the session's day", () => {
    const body =
      "Namibia and Angola on Thursday signed two agreements at the end of the 5th Session of the Joint Commission in Windhoek.\n\n" +
      "The agreements cover fisheries and water.\n\n" +
      "The session was co-chaired by President Netumbo Shikongo and his Angolan counterpart, President Manuel Lourenco Dias, at the State House.";
    expect(meetings(body, "2026-03-27")).toEqual([["2026-03-26", "held", ["Manuel Lourenco Dias", "Netumbo Shikongo"]]]);
  });

  it("'The signing came after talks, which were also attended by A and B': the principals' talks with A and B", () => {
    const body =
      "Swedish Prime Minister Eva Lindqvist and Norwegian Prime Minister Ola Brekke signed on Friday a protocol on energy links.\n\n" +
      "The signing came after talks at the Rosenbad in Stockholm, which were also attended by Foreign Minister Karin Dahl and Norway's Foreign Minister Jonas Moen.";
    expect(meetings(body, "2026-11-20")).toEqual([["2026-11-20", "held", ["Eva Lindqvist", "Jonas Moen", "Karin Dahl", "Ola Brekke"]]]);
  });

  it("'The meeting was followed by delegation talks attended by A and B': A and B join the meeting just told", () => {
    const body =
      "President Kemal Arslan met President Nursultan Bekov at the Presidential Complex in Ankara on Monday.\n\n" +
      "The meeting, held in a one-on-one format, was followed by inter-delegation talks attended by Foreign Minister Ali Demir and Kazakhstan's Foreign Minister Serik Nurlan.";
    expect(meetings(body, "2026-09-08")).toEqual([["2026-09-07", "held", ["Ali Demir", "Kemal Arslan", "Nursultan Bekov", "Serik Nurlan"]]]);
  });

  it("'The three ministers will meet again in Riga in March': the three of the trilateral just told", () => {
    const body =
      "On Monday, Foreign Minister Margus Tamm met Latvian Foreign Minister Baiba Ozola and Lithuanian Foreign Minister Darius Kairys in Tallinn for a trilateral meeting.\n\n" +
      "The three ministers will meet again in Riga in March.";
    expect(meetings(body, "2026-11-10")).toEqual([
      ["2026-11-09", "held", ["Baiba Ozola", "Darius Kairys", "Margus Tamm"]],
      ["2027-03", "planned", ["Baiba Ozola", "Darius Kairys", "Margus Tamm"]],
    ]);
  });
});
