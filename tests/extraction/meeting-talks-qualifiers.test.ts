// "The two ministers held delegation-level talks", "held wide-ranging talks": a qualifier between "held" and "talks" still
// tells the encounter of the pair named before (issue #11, meetings, batch22).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const lead = "Foreign Minister Raj Kumar and his French counterpart Jean Dupont on Wednesday called for an early conclusion of negotiations.";

describe("held QUALIFIER talks", () => {
  it.each(["delegation-level", "wide-ranging", "in-depth", "extensive", "frank and cordial"])("held %s talks", (q) => {
    expect(meetings(`${lead} The two ministers held ${q} talks at Hyderabad House.`, "2026-03-05")).toEqual([["2026-03-04", "held", ["Jean Dupont", "Raj Kumar"]]]);
  });

  it("'held no talks' tells no encounter", () => {
    expect(meetings(`${lead} The two ministers held no talks at Hyderabad House.`, "2026-03-05")).toEqual([]);
  });
});

// "A and B signed an agreement on policing following talks in Canberra": the instrument's field ends at the preposition,
// and the talks are the pair's encounter; with a present perfect and no day, on the report's own day (batch22).
describe("an instrument signed following talks", () => {
  it("dated by its sentence", () => {
    expect(meetings("Prime Minister Anna Berg and her Fijian counterpart Jone Tuilagi signed a new agreement on policing after talks in Canberra on Wednesday.", "2026-04-09")).toEqual([
      ["2026-04-08", "held", ["Anna Berg", "Jone Tuilagi"]],
    ]);
  });

  it("told in the present perfect with no day: the report's day", () => {
    expect(meetings("Prime Minister Anna Berg and her Fijian counterpart Jone Tuilagi have signed a new agreement on policing following talks at Parliament House in Canberra.", "2026-04-09")).toEqual([
      ["2026-04-09", "held", ["Anna Berg", "Jone Tuilagi"]],
    ]);
  });

  it("a field of the instrument is no encounter ('an agreement on political consultations')", () => {
    expect(meetings("Prime Minister Anna Berg and her Fijian counterpart Jone Tuilagi have signed an agreement on political consultations.", "2026-04-09")).toEqual([]);
  });
});
