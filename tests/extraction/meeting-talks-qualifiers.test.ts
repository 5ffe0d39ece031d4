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
