// Meeting frames that batch12 showed generalising badly (issue #11): people said to join or accompany a side in the
// sentence after the encounter, encounters told later in a report ("Afterwards, X headed to A, where he met B"), a
// recall whose date stands before the place, a co-chaired session beside the same pair's talks, an invitation to an
// event whose name holds an abbreviation, and a lead whose encounter has no date of its own.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string, headline?: string) =>
  run(body, date, headline).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("second encounters and their people", () => {
  it("'The President was joined by A and B. President C was accompanied by D.' after the encounter", () => {
    const body =
      "President Laura Chinchilla met today with President Óscar Ramírez of Honduras at the Casa Amarilla. " +
      "The President was joined by Foreign Minister Elena Mora and Security Minister Pablo Vargas. " +
      "President Ramírez was accompanied by Foreign Minister Tomás Reina.\n\n" +
      "The two leaders discussed migration and trade.";
    expect(meetings(body, "2026-03-10")).toEqual([
      ["2026-03-10", "held", ["Elena Mora", "Laura Chinchilla", "Pablo Vargas", "Tomás Reina", "Óscar Ramírez"]],
    ]);
  });

  it("'Afterwards, X headed to A, where he met with B, and then to C, where he was received by D'", () => {
    const body =
      "President Hanna Lind on Monday received President Milos Korac of Montenegro at the presidential palace in Tallinn.\n\n" +
      "The two presidents discussed energy links.\n\n" +
      "Afterwards, President Korac headed to Stenbock House, where he met with Prime Minister Kaja Tamm, and then to Toompea Castle, where he was received by Parliament Speaker Jüri Ratas.";
    expect(meetings(body, "2026-05-12")).toEqual([
      ["2026-05-11", "held", ["Hanna Lind", "Milos Korac"]],
      ["2026-05-11", "held", ["Kaja Tamm", "Milos Korac"]],
      ["2026-05-11", "held", ["Jüri Ratas", "Milos Korac"]],
    ]);
  });

  it("'A and B last met in June 2025 on the sidelines of ...' with a two-word short name", () => {
    const body =
      "President Jean Dupuis on Tuesday hosted Congo's President Denis Sassou Nguesso for talks at the Elysee palace.\n\n" +
      "Dupuis and Sassou Nguesso last met in June 2025 on the sidelines of the Ocean Conference in Nice.";
    expect(meetings(body, "2026-10-07")).toEqual([
      ["2026-10-06", "held", ["Denis Sassou Nguesso", "Jean Dupuis"]],
      ["2025-06", "held", ["Denis Sassou Nguesso", "Jean Dupuis"]],
    ]);
  });

  it("a session the pair co-chaired the day of their talks is the same encounter", () => {
    const body =
      "On May 4, 2026, Foreign Minister Li Qiang held talks with Nepali Foreign Minister Arzu Deuba in Beijing. " +
      "The two foreign ministers co-chaired the third round of the China-Nepal Diplomatic Consultation Mechanism.";
    expect(meetings(body, "2026-05-04")).toEqual([["2026-05-04", "held", ["Arzu Deuba", "Li Qiang"]]]);
  });

  it("an invitation to attend the 'ASEAN-U.S. Summit in Manila in November' is no held summit", () => {
    const body =
      "President Mark Delgado met today with President Lena Cruz of the Philippines at the White House.\n\n" +
      "President Cruz invited President Delgado to attend the ASEAN-U.S. Summit in Manila in November.";
    expect(meetings(body, "2026-06-18")).toEqual([["2026-06-18", "held", ["Lena Cruz", "Mark Delgado"]]]);
  });

  it("a lead encounter with no date of its own is on the report's day, and 'On the same day' follows it", () => {
    const body =
      "President Nurlan Sadykov held talks in narrow and expanded formats with Prime Minister of Slovenia Marko Kranjc, who is in Kyrgyzstan on an official visit.\n\n" +
      "The sides discussed trade and transport.\n\n" +
      "On the same day, Marko Kranjc held a meeting with Prime Minister of Kyrgyzstan Adylbek Kasymaliev at the Government House.";
    expect(meetings(body, "2026-09-15", "Head of State holds talks with Prime Minister of Slovenia")).toEqual([
      ["2026-09-15", "held", ["Marko Kranjc", "Nurlan Sadykov"]],
      ["2026-09-15", "held", ["Adylbek Kasymaliev", "Marko Kranjc"]],
    ]);
  });

  it("'spoke by telephone on Monday with X': a day between the call and its other side", () => {
    const body = "Secretary of State Marco Rubio spoke by telephone on Monday with Foreign Minister Karin Berg of Sweden.";
    expect(meetings(body, "2026-05-12")).toEqual([["2026-05-11", "held", ["Karin Berg", "Marco Rubio"]]]);
  });

  it("'During a meeting in Ankara on Monday, A and his Iraqi counterpart B discussed ...': the whole coordinated subject", () => {
    const body =
      "During a meeting in Ankara on Monday, Turkish Foreign Minister Hakan Fidan and his Iraqi counterpart Fuad Hussein discussed water security.";
    expect(meetings(body, "2026-05-12")).toEqual([["2026-05-11", "held", ["Fuad Hussein", "Hakan Fidan"]]]);
  });

  it("'X told Chancellor Y during talks on Monday that ...': the speaker is a party, not the report's source", () => {
    const body = "Chilean President Luis Ortega told German Chancellor Friedrich Merz during talks on Monday that Chile wants more investment.";
    expect(meetings(body, "2026-05-12")).toEqual([["2026-05-11", "held", ["Friedrich Merz", "Luis Ortega"]]]);
  });

  it("'Following the talks, A and his counterpart B held a working meeting': a meeting noun after a sequel opener takes that day", () => {
    const body =
      "President Luis Ortega received Chancellor Friedrich Merz at the presidential palace in Santiago on Monday.\n\n" +
      "Following the talks, Economy Minister Nicolás Grau and his German counterpart Katherina Reiche held a working meeting.";
    expect(meetings(body, "2026-05-12")).toEqual([
      ["2026-05-11", "held", ["Friedrich Merz", "Luis Ortega"]],
      ["2026-05-11", "held", ["Katherina Reiche", "Nicolás Grau"]],
    ]);
  });

  it("'Following their meeting, X called on Y, where they discussed the summit planned for June': the opener dates it", () => {
    const body =
      "Foreign Minister Lena Holm on Tuesday welcomed Chilean Foreign Minister Alberto Vial to Copenhagen.\n\n" +
      "Following their meeting, Minister Vial called on Prime Minister Mette Frederiksen at Christiansborg, where they discussed the EU-Chile summit planned for Brussels in June.";
    expect(meetings(body, "2026-03-04")).toEqual([
      ["2026-03-03", "held", ["Alberto Vial", "Lena Holm"]],
      ["2026-03-03", "held", ["Alberto Vial", "Mette Frederiksen"]],
    ]);
  });

  it("'Taking part on the Russian side was A; the Lao delegation included B': attendees of the talks just told", () => {
    const body =
      "President Vladimir Putin held talks in the Kremlin on Tuesday with President Thongloun Sisoulith of Laos.\n\n" +
      "Taking part on the Russian side was Foreign Minister Sergei Lavrov; the Lao delegation included Foreign Minister Thongsavanh Phomvihane.";
    expect(meetings(body, "2026-05-20")).toEqual([
      ["2026-05-19", "held", ["Sergei Lavrov", "Thongloun Sisoulith", "Thongsavanh Phomvihane", "Vladimir Putin"]],
    ]);
  });

  it("a visitor who 'also met' two of the host's ministers met each in turn", () => {
    const body =
      "Indian External Affairs Minister Rohan Mehta held talks with Egyptian Foreign Minister Badr Abdelatty in Cairo on Sunday.\n\n" +
      "Mehta also met Egyptian Investment Minister Hassan El-Khatib and Egyptian Minister of Industry Kamel al-Wazir on Sunday.";
    expect(meetings(body, "2026-09-22")).toEqual([
      ["2026-09-20", "held", ["Badr Abdelatty", "Rohan Mehta"]],
      ["2026-09-20", "held", ["Hassan El-Khatib", "Rohan Mehta"]],
      ["2026-09-20", "held", ["Kamel al-Wazir", "Rohan Mehta"]],
    ]);
  });
});
