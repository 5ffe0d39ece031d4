// Instrument titles (issue #11): "along with" ends one title and opens the next ("signed the minutes of the meeting
// along with an Agreement on ..."); a compound head with only generic words before it ("a bilateral free trade
// agreement") names an instrument as the bare compound does, also while it is negotiated.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const lead = "Foreign Minister Badr Albusaidi met Foreign Minister Mahmoud Thabit Kombo in Muscat on Monday. ";
const found = (body: string) => run(lead + body, "2026-03-18").agreements.map((a) => [a.kind, a.title, a.status]);

describe("'along with' between two instruments", () => {
  it("keeps them apart", () => {
    expect(found("The two ministers signed the minutes of the meeting along with an Agreement on the Promotion and Reciprocal Protection of Investments.")).toEqual([
      ["minutes", "minutes of the meeting", "signed"],
      ["agreement", "Agreement on the Promotion and Reciprocal Protection of Investments", "signed"],
    ]);
  });
});

describe("a compound head after generic words", () => {
  it.each([
    ["The two countries are negotiating a bilateral free trade agreement.", "under_negotiation"],
    ["The two countries signed a bilateral free trade agreement.", "signed"],
  ])("%s", (body, status) => {
    expect(found(body)).toEqual([["agreement", "bilateral free trade agreement", status]]);
  });

  it("a simple head after generic words is still no instrument in particular", () => {
    expect(found("The two countries are negotiating a bilateral agreement.")).toEqual([]);
  });
});
