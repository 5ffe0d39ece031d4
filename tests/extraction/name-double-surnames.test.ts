// Spanish and Portuguese double surnames (issue #11, names cut short): a given name that is also a place, after
// "counterpart," where a title would stand, opens the full name; the first family name alone is its short form.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a given name that is also a place, after 'counterpart'", () => {
  const body =
    "The President of the Republic, Tomás Aguirre, received his Chilean counterpart, Santiago Ortega Valdés, on Thursday at the Government Palace. " +
    "President Ortega proposed that the two countries build a second bridge over the river. Ortega also invited Aguirre to visit Valparaíso.";

  it("keeps the whole name, with the first family name as its alias", () => {
    const doc = run(body, "2026-10-15");
    expect(names(doc)).toContain("Santiago Ortega Valdés");
    expect(names(doc)).not.toContain("Ortega");
    expect(official(doc, "Santiago Ortega Valdés")?.aliases).toContain("Ortega");
    expect(official(doc, "Santiago Ortega Valdés")?.country).toBe("CL");
  });

  it("gives the short form's proposals to the full name", () => {
    const doc = run(body, "2026-10-15");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Santiago Ortega Valdés", "Santiago Ortega Valdés"]);
  });

  it("without a comma ('his Chilean counterpart Santiago Ortega Valdés')", () => {
    const doc = run("President Tomás Aguirre received his Chilean counterpart Santiago Ortega Valdés on Thursday. Ortega said the talks were useful.", "2026-10-15");
    expect(names(doc)).toContain("Santiago Ortega Valdés");
  });
});

describe("a full name first given without a title", () => {
  it("takes the title written before its short form ('President Ortega proposed')", () => {
    const doc = run(
      "The President of the Republic, Tomás Aguirre, received his Chilean counterpart, Santiago Ortega Valdés, on Thursday. President Ortega proposed that the two countries build a bridge.",
      "2026-10-15",
    );
    expect(official(doc, "Santiago Ortega Valdés")?.title).toBe("President");
  });

  it("not from a handle that glues a title to the name ('@SenatorWong')", () => {
    const doc = run("Foreign Minister Mark Dunn met his counterpart, Julia Wong, on Monday. \"Productive talks with FM @SenatorWong today,\" Dunn said.", "2026-10-15");
    // (The counterpart of a Foreign Minister holds that office: names-counterpart-holds-office.test.ts.)
    expect(official(doc, "Julia Wong")?.title).toBe("Foreign Minister");
  });
});
