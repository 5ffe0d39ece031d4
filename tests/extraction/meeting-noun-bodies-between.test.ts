// "Sun was in Colombo for the 12th round of diplomatic consultations between the two foreign ministries, held on Tuesday
// with Foreign Secretary X": bodies "between" a meeting noun name no parties; the person after ", held ... with" is
// one, the sentence's subject the other (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (sentence: string) =>
  extract(
    ` date 2026-05-14 Sri Lanka, China to resume FTA talks\n\nChina's Vice Foreign Minister Sun Weidong met Sri Lanka's President Anura Kumara Dissanayake in Colombo on Wednesday. ${sentence}\n`,
    { source: "t.txt" },
  ).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

describe("a meeting noun with bodies between and a person after 'held ... with'", () => {
  it("is an encounter of the subject and that person", () => {
    expect(meetings("Sun was in Colombo for the 12th round of diplomatic consultations between the two foreign ministries, held on Tuesday with Foreign Secretary Aruni Wijewardane.")).toContainEqual([
      "2026-05-12",
      "Aruni Wijewardane + Sun Weidong",
    ]);
  });

  it("makes none when nothing after the bodies names a person", () => {
    expect(meetings("Sun recalled the consultations between the two foreign ministries, held in Beijing last year.")).toEqual([["2026-05-13", "Anura Kumara Dissanayake + Sun Weidong"]]);
  });
});
