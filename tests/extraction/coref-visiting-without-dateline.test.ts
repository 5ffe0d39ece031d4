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

describe("'The visitor had been welcomed by X' with no dateline", () => {
  it("is the guest from outside the country visited, and 'had been welcomed by' is a reception", () => {
    const doc = extract(
      " date 2026-03-12\nPeña receives Taiwanese minister\n\n" +
        "President Santiago Peña received on Wednesday the Minister of Foreign Affairs of the Republic of China (Taiwan), Lin Chia-lung, who is on an official visit to Paraguay until Friday.\n\n" +
        "Earlier on Wednesday, Lin and Foreign Minister Rubén Ramírez Lezcano held a working meeting at the Palacio de López.\n\n" +
        "The visitor had been welcomed on Tuesday by Vice President Pedro Alliana.\n",
      { source: "t.txt" },
    );
    expect(doc.meetings.find((m) => m.participants.includes("Pedro Alliana"))).toMatchObject({ date: "2026-03-10", participants: ["Lin Chia-lung", "Pedro Alliana"] });
  });
});
