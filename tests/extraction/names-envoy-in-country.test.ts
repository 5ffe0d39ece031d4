// Offices and styles of economic diplomacy (issue #11, names): "the Chilean chief negotiator, X," is an office; "Alderman"
// is a City of London style, not a name; "The Ambassador of Spain in Colombia, X," names the post's country after "in".
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("negotiators, aldermen and envoys 'in' a country", () => {
  const doc = run(
    "Minister Ana Rojas met Secretary Raj Kumar in Santiago on Monday. The Ambassador of Spain in Colombia, Joaquín de Arístegui, and the Chilean chief negotiator, Felipe Lopeandía, also took part. Kumar will meet the Lord Mayor of the City of London, Alderman Susan Langley, on Thursday.",
    "2026-03-11",
  );

  it("the envoy's title runs through 'in Colombia', and the country is the one he represents", () => {
    expect(official(doc, "Joaquín de Arístegui")).toMatchObject({ title: "Ambassador of Spain in Colombia", country: "ES" });
  });

  it("a chief negotiator is an official of the demonym's country", () => {
    expect(official(doc, "Felipe Lopeandía")).toMatchObject({ title: "chief negotiator", country: "CL" });
  });

  it("'Alderman' is a style, not part of the name", () => {
    expect(official(doc, "Susan Langley")).toBeDefined();
    expect(doc.officials.some((o) => o.name.startsWith("Alderman"))).toBe(false);
  });
});
