// Press releases of secretariats date "today" by a dateline in ordinary case (issue #11, batch21): "Lusaka, Zambia,
// 3 March 2026 - ..." opening the first paragraph, or "Brussels, 21.04.2026" on a line of its own, a day before
// the page's header.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a release's dateline gives the day 'today' means", () => {
  it("city, country and a written date before a dash", () => {
    const body =
      "Veldran, Kelania, 3 March 2026 - The Secretary-General of the Northern Ocean Forum, Mr. Tomas Arvedo, today received Ms. Lina Okoro, Minister of Foreign Affairs of Mirania, at the Secretariat in Veldran.";
    expect(meetings(body, "2026-03-04")).toEqual([["2026-03-03", "held", ["Lina Okoro", "Tomas Arvedo"]]]);
  });

  it("a month-first date and a colon", () => {
    const body =
      "Veldran, March 3, 2026: The Secretary-General of the Northern Ocean Forum, Tomas Arvedo, today met Mirania's Foreign Minister Lina Okoro in Veldran.";
    expect(meetings(body, "2026-03-05")).toEqual([["2026-03-03", "held", ["Lina Okoro", "Tomas Arvedo"]]]);
  });

  it("a city and a numeric date on a line of its own", () => {
    const body = [
      "Veldran, 03.03.2026",
      "The Secretary-General of the Northern Ocean Forum, Tomas Arvedo, hosted Mirania's Foreign Minister Lina Okoro in Veldran today.",
    ].join("\n\n");
    expect(meetings(body, "2026-03-04")).toEqual([["2026-03-03", "held", ["Lina Okoro", "Tomas Arvedo"]]]);
  });
});
