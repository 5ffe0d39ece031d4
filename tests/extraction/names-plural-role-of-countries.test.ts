// Names in apposition to a plural role noun "of" its countries (issue #11, names): "The defence ministers of Peru and
// Brazil, Javier Soto and Paulo Reis, met in Lima" names two officials who met, as "The defence ministers, A and B" does.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a plural role of two countries before two names", () => {
  const doc = run("The defence ministers of Peru and Brazil, Javier Soto and Paulo Reis, met in Lima on Thursday to discuss border security.", "2026-03-13");

  it("makes the names officials", () => {
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Javier Soto", "Paulo Reis"]);
  });

  it("and their encounter a meeting", () => {
    expect(doc.meetings).toHaveLength(1);
    expect([...doc.meetings[0].participants].sort()).toEqual(["Javier Soto", "Paulo Reis"]);
    expect(doc.meetings[0].date).toBe("2026-03-12");
  });
});

describe("a plural role of the two countries", () => {
  const doc = run("The foreign ministers of the two countries, Ana Duarte and Carlos Mendoza, met in La Paz on Monday.", "2026-03-13");

  it("makes the names officials", () => {
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Ana Duarte", "Carlos Mendoza"]);
  });
});
