// Planned encounters told with an adverb of repetition or as talks to go on (issue #11, meetings): "where he will again
// meet X", "will travel to CITY in MONTH to continue those discussions with X".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("planned encounters", () => {
  it("'will again meet X' is a planned meeting", () => {
    const found = meetings(
      "Defence Minister Pal Jonson held talks with Finnish Defence Minister Antti Hakkanen in Stockholm on Monday. Jonson is expected to travel to Helsinki in September for a defence fair in Tampere, where he will again meet Hakkanen.",
      "2026-03-11",
    );
    expect(found).toContainEqual(["2026-09", "planned", ["Antti Hakkanen", "Pal Jonson"]]);
  });

  it("'to continue the discussions with X' is planned talks", () => {
    const found = meetings(
      "Prime Minister Mette Frederiksen met Prime Minister Ulf Kristersson in Copenhagen on Monday. Minister Troels Poulsen will travel to Stockholm in May to continue those discussions with Deputy Prime Minister Ebba Busch.",
      "2026-03-11",
    );
    expect(found).toContainEqual(["2026-05", "planned", ["Ebba Busch", "Troels Poulsen"]]);
  });

  it("'is scheduled to visit a plant and meet X' is a planned meeting with X", () => {
    const found = meetings(
      "President Alar Karis held talks with President Gitanas Nauseda in Vilnius on Tuesday. In May, Karis is scheduled to visit a shipyard in Klaipeda and meet Mayor Arvydas Vaitkus.",
      "2026-03-11",
    );
    expect(found).toContainEqual(["2026-05", "planned", ["Alar Karis", "Arvydas Vaitkus"]]);
  });
});
