// "said he looked forward to meeting President X again in Paraguay in August": an encounter one looks forward to is
// planned, so its month is the next August, not the last one (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (sentence: string) =>
  extract(
    ` date 2026-03-05 President Lai holds talks with Paraguayan President Santiago Peña\n\nOn the morning of March 5, President Lai Ching-te held talks with President Santiago Peña Palacios of the Republic of Paraguay at the Presidential Office. ${sentence}\n`,
    { source: "t.txt" },
  ).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("an encounter looked forward to", () => {
  it("is planned, dated to the coming month", () => {
    expect(meetings("Lai said he looked forward to meeting President Peña again in Paraguay in August.")).toContainEqual(["2026-08", "planned", "Lai Ching-te + Santiago Peña Palacios"]);
  });

  it("leaves a recalled encounter of the same sentence held", () => {
    const out = meetings("Lai recalled that he had met President Peña in Asunción in August 2025 and said he looks forward to meeting him again in Taipei in October.");
    expect(out).toContainEqual(["2025-08", "held", "Lai Ching-te + Santiago Peña Palacios"]);
    expect(out).toContainEqual(["2026-10", "planned", "Lai Ching-te + Santiago Peña Palacios"]);
  });
});
