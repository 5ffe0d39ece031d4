// Whose visit a possessive tells after a passive of reception: "X was received by President Y in Warsaw, on the second
// day of his first visit to Poland" is the guest's (the passive's subject), not the host's named just before it; the
// host stays of the country visited (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const countries = (headline: string, body: string) =>
  Object.fromEntries(extract(` date 2026-06-17 ${headline}\n\n${body}\n`, { source: "t.txt" }).officials.map((o) => [o.name, o.country]));

describe("the owner of a visit a possessive tells", () => {
  it("is the guest a passive of reception names, so the host keeps the country visited", () => {
    expect(
      countries(
        "Poland and Japan to deepen security ties",
        "Japanese Foreign Minister Toshimitsu Motegi was received by President Karol Nawrocki in Warsaw on Wednesday, on the second day of his first visit to Poland.",
      ),
    ).toEqual({ "Toshimitsu Motegi": "JP", "Karol Nawrocki": "PL" });
  });

  it("is the guest too when the host hosts in the active voice", () => {
    expect(
      countries(
        "Slovenia and Austria discuss minority rights",
        "President Nataša Pirc Musar hosted her Austrian counterpart Alexander Van der Bellen in Ljubljana on Thursday at the start of his two-day state visit to Slovenia.",
      ),
    ).toEqual({ "Nataša Pirc Musar": "SI", "Alexander Van der Bellen": "AT" });
  });

  it("is the one a relative clause speaks of", () => {
    expect(
      countries(
        "Kazakhstan and Pakistan expand trade",
        "Kazakh Foreign Minister Murat Nurtleu was received by Chairman of the Senate Yousuf Raza Gilani in Islamabad on Tuesday. Gilani, who recalled his visit to Kazakhstan as prime minister in 2011, praised the talks.",
      ),
    ).toMatchObject({ "Murat Nurtleu": "KZ", "Yousuf Raza Gilani": "PK" });
  });
});
