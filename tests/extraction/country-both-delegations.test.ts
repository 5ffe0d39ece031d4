// "a state visit to Chile with a private meeting with President Y, followed by an expanded meeting of both delegations in
// which A, B and the Chilean Foreign Minister C took part": people after "both delegations" are of both sides, not all of
// the destination (issue #11, countries). An Ecuadorian outlet leaves its own ministers unqualified.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a meeting of both delegations after a visit's destination", () => {
  const doc = run(
    "Quito, 16 April. President Daniel Mora closed on Wednesday the second day of his state visit to Chile with a private meeting with President José Vidal at the Palacio de La Moneda, followed by an expanded meeting of both delegations in which Foreign Minister Gabriela Sommer, Interior Minister John Reyes and the Chilean Foreign Minister, Francisco Pérez, took part. Mora asked Chile to share its experience and Vidal called on Ecuador to join a police registry.",
    "2026-04-16",
  );

  it("the unqualified ministers are the visitor's side", () => {
    expect([official(doc, "Gabriela Sommer")?.country, official(doc, "John Reyes")?.country]).toEqual(["EC", "EC"]);
  });

  it("the host and the qualified minister are the destination's", () => {
    expect([official(doc, "José Vidal")?.country, official(doc, "Francisco Pérez")?.country]).toEqual(["CL", "CL"]);
  });
});
