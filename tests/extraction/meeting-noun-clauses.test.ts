// A meeting noun takes the tense of its clause ("..., when X is due to visit Helsinki, the PM's residence, for talks
// with Y"); an event in a request's content ("invited X to attend the leaders' retreat") is no encounter; a host with
// no guest in the clause ("Both presidents welcomed the agreement") receives no one (issue #11, meetings on unseen
// reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

const CALL =
  "Helsinki (Yle) – Prime Minister Petteri Orpo held a video call with his Swedish counterpart Ulf Kristersson on Tuesday.\n\n";

describe("meeting nouns in their clause", () => {
  it("'expected to be signed in June, when X is due to visit PLACE, the PM's residence, for talks with Y'", () => {
    const body =
      CALL +
      "A memorandum on the joint procurement is expected to be signed in June, when Kristersson is due to visit Kesäranta, the Finnish PM's official residence in Helsinki, for talks with Orpo.";
    expect(meetings(body, "2026-02-18")).toEqual([
      ["2026-02-17", "held", ["Petteri Orpo", "Ulf Kristersson"]],
      ["2026-06", "planned", ["Petteri Orpo", "Ulf Kristersson"]],
    ]);
  });

  it("'conveyed X's invitation to Y to attend the leaders' retreat in India later this year' is no encounter", () => {
    const body =
      "Visiting Indian Foreign Secretary Vikram Misri called on Prime Minister Tshering Tobgay in Thimphu yesterday.\n\n" +
      "The Foreign Secretary conveyed Prime Minister Narendra Modi's invitation to Tobgay to attend the BIMSTEC leaders' retreat in India later this year.";
    expect(meetings(body, "2026-02-26")).toEqual([["2026-02-25", "held", ["Tshering Tobgay", "Vikram Misri"]]]);
  });

  it("'asked X to back his call ... at the bloc's summit in December' is no encounter", () => {
    const body =
      "Uruguay's President Yamandú Orsi was received by President Javier Milei at the Casa Rosada on Monday.\n\n" +
      "Milei also asked Orsi to back his call for a lower common external tariff at the bloc's summit in December.";
    expect(meetings(body, "2025-11-18")).toEqual([["2025-11-17", "held", ["Javier Milei", "Yamandú Orsi"]]]);
  });

  it("'Both presidents welcomed the free trade agreement signed in Rio in September' receives no one", () => {
    const body =
      "Uruguay's President Yamandú Orsi was received by President Javier Milei at the Casa Rosada on Monday.\n\n" +
      "Both presidents welcomed the Mercosur-EFTA free trade agreement signed in Rio de Janeiro in September.";
    expect(meetings(body, "2025-11-18")).toEqual([["2025-11-17", "held", ["Javier Milei", "Yamandú Orsi"]]]);
  });

  it("'was received by President X, who recalled his talks with President Y in CITY in January': X and Y only", () => {
    const body =
      "Baku, May 13. Deputy Prime Minister Shahin Mustafayev held talks with Deputy Chairman of the Cabinet of Turkmenistan Khojamyrat Geldimyradov in Baku today.\n\n" +
      "Geldimyradov was received on the same day by President Ilham Aliyev, who recalled his talks with President Serdar Berdimuhamedov in Ashgabat in January.";
    expect(meetings(body, "2026-05-13")).toEqual([
      ["2026-05-13", "held", ["Khojamyrat Geldimyradov", "Shahin Mustafayev"]],
      ["2026-05-13", "held", ["Ilham Aliyev", "Khojamyrat Geldimyradov"]],
      ["2026-01", "held", ["Ilham Aliyev", "Serdar Berdimuhamedov"]],
    ]);
  });
});
