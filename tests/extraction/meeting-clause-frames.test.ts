// A trigger and its "with" apart in one clause ("held political consultations with", "held a meeting in Baku on Monday
// with"), reception verbs after a modal ("will host", "will receive"), the reciprocal "had last seen each other", and
// companions that do not split an encounter (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("clause frames", () => {
  it.each([
    ["held political consultations with"],
    ["held delegation-level talks with"],
    ["had in-depth discussions with"],
    ["held a working meeting in Tashkent on Monday with"],
  ])("'X %s Y'", (frame) => {
    const body = `Tashkent, May 6 (UzA). Foreign Minister Bakhtiyor Saidov ${frame} State Secretary Alexandre Fasel on Monday.`;
    expect(meetings(body, "2025-05-06")).toEqual([["2025-05-05", "held", ["Alexandre Fasel", "Bakhtiyor Saidov"]]]);
  });

  it("'will host King X and Queen Y on a state visit in May'", () => {
    const body = "Helsinki (STT) – President Alexander Stubb will host King Carl XVI Gustaf and Queen Silvia on a state visit to Finland in May.";
    expect(meetings(body, "2026-02-18")).toEqual([["2026-05", "planned", ["Alexander Stubb", "Carl XVI Gustaf", "Silvia"]]]);
  });

  it("'will receive President X today'", () => {
    const body = "Ulaanbaatar (Montsame) – Prime Minister Gombojav Zandanshatar will receive President Tamás Sulyok today at the Government House.";
    expect(meetings(body, "2025-06-11")).toEqual([["2025-06-11", "planned", ["Gombojav Zandanshatar", "Tamás Sulyok"]]]);
  });

  it("'to host the summit' with no guest is no encounter", () => {
    const body = "Prime Minister Anthony Albanese met Prime Minister James Marape in Canberra on Monday. Australia is preparing to host the summit in July.";
    expect(meetings(body, "2025-06-11")).toEqual([["2025-06-09", "held", ["Anthony Albanese", "James Marape"]]]);
  });

  it("'The two leaders had last seen each other in CITY in MONTH YEAR'; never 'have not seen each other since'", () => {
    const body =
      "Prime Minister Pedro Sánchez held talks with President Claudia Sheinbaum at the National Palace on Tuesday.\n\n" +
      "The two leaders had last seen each other in Belém, Brazil, in November 2025, on the margins of COP30.";
    expect(meetings(body, "2026-04-15")).toEqual([
      ["2026-04-14", "held", ["Claudia Sheinbaum", "Pedro Sánchez"]],
      ["2025-11", "held", ["Claudia Sheinbaum", "Pedro Sánchez"]],
    ]);
    const never = body.replace("had last seen each other in Belém, Brazil, in November 2025, on the margins of COP30", "have not seen each other since 2019");
    expect(meetings(never, "2026-04-15")).toEqual([["2026-04-14", "held", ["Claudia Sheinbaum", "Pedro Sánchez"]]]);
  });

  it("an ambassador 'in the presence of' the talks does not make a second encounter", () => {
    const body =
      "HANOI — Agriculture Secretary Francisco Tiu Laurel Jr. held talks with Minister of Agriculture Do Duc Duy at the ministry on Wednesday, in the presence of Philippine Ambassador to Vietnam Meynardo Montealegre.";
    expect(meetings(body, "2026-03-05")).toEqual([["2026-03-04", "held", ["Do Duc Duy", "Francisco Tiu Laurel Jr", "Meynardo Montealegre"]]]);
  });

  it("'his four-day official visit' is no person", () => {
    const body =
      "Prime Minister KP Sharma Oli held delegation-level talks with Chinese Premier Li Qiang in Beijing on Tuesday, the second day of his four-day official visit to China.\n\n" +
      "Foreign Minister Arzu Rana Deuba, who is accompanying the prime minister, held a separate meeting with Chinese Foreign Minister Wang Yi on Monday evening.";
    expect(meetings(body, "2024-12-03")).toEqual([
      ["2024-12-03", "held", ["KP Sharma Oli", "Li Qiang"]],
      ["2024-12-02", "held", ["Arzu Rana Deuba", "Wang Yi"]],
    ]);
  });

  it("voice decides the roles: 'X was received later in the day by President Y'", () => {
    const doc = run(
      "ZAGREB (Hina) - Prime Minister Andrej Plenković received Slovenian Prime Minister Robert Golob in Zagreb on Monday. Golob was received later in the day by President Zoran Milanović.",
      "2026-04-14",
    );
    expect(doc.meetings.slice(1).map((m) => m.roles)).toEqual([
      [
        { name: "Robert Golob", role: "guest" },
        { name: "Zoran Milanović", role: "host" },
      ],
    ]);
  });
});
