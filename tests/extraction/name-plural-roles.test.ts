// Names in apposition to a plural role (issue #11, names): "Their foreign ministers, A and B, also signed" names two
// people, one of each side of the report, in the order the report first names the two countries.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("names after a plural role", () => {
  it("'Their foreign ministers, A and B, also signed'", () => {
    const doc = run(
      "Peruvian President Rosa Quispe and Bolivian President Marco Vaca signed a transport agreement in Lima on Friday. Their foreign ministers, Elena Paredes and Hugo Camacho, also signed a memorandum on border crossings. Peru and Bolivia will meet again next year.",
      "2026-05-08",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Elena Paredes", "Hugo Camacho"]));
    expect(official(doc, "Elena Paredes")?.country).toBe("PE");
    expect(official(doc, "Hugo Camacho")?.country).toBe("BO");
  });

  it("'The defence ministers, A and B, met separately'", () => {
    const doc = run(
      "Kenyan President Amani Otieno held talks with Ugandan President Grace Achieng in Nairobi on Monday. The defence ministers, Peter Mwangi and Samuel Okello, met separately on Tuesday.",
      "2026-05-08",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Peter Mwangi", "Samuel Okello"]));
  });

  it("a plural thing is no role: 'the two companies, Acme Holdings and Delta Group,'", () => {
    const doc = run("President Amani Otieno said on Monday that the two companies, Acme Holdings and Delta Group, would build the port.", "2026-05-08");
    expect(names(doc)).not.toContain("Acme Holdings");
  });
});
