// "the visiting minister" in a report with no dateline: the one from outside the one country the report tells a visit to
// ("at the start of a three-day visit to Seychelles"), not that country's own minister named since (issue #11, names).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const report = (visit: string) =>
  ` date 2025-06-12\nIndian minister calls on President\n\n` +
  `India's Minister of State for External Affairs Kirti Vardhan Singh paid a courtesy call on President Wavel Ramkalawan at State House yesterday morning${visit}.\n\n` +
  "The meeting was also attended by the Minister for Foreign Affairs and Tourism Sylvestre Radegonde.\n\n" +
  "The two ministers had held talks on Tuesday evening, where Minister Radegonde proposed the setting up of a joint working group on the blue economy.\n\n" +
  "Yesterday afternoon, the visiting minister was also received by Vice-President Ahmed Afif.\n";

const afif = (text: string) => extract(text, { source: "t.txt" }).meetings.find((m) => m.participants.includes("Ahmed Afif"))?.participants.slice().sort();

describe("'the visiting minister' with no dateline", () => {
  it("is the one from outside the country visited", () => {
    expect(afif(report(", at the start of a three-day visit to Seychelles"))).toEqual(["Ahmed Afif", "Kirti Vardhan Singh"]);
  });
});
