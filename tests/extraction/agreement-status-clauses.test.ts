// Statuses told in a clause of their own (issue #11, agreements): "while talks continue on a new treaty" (under
// negotiation), a phase of a named agreement under negotiation, a request to implement an instrument that exists, and a
// hard-wrapped line that goes on with the year ("signed ... in\n2022 remains in force").
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title, a.status]);

describe("statuses in clauses", () => {
  it("'while talks continue on' a new instrument is under negotiation", () => {
    const doc = run(
      "Foreign Minister Paul Martin and his counterpart Ama Mensah also signed a grant agreement worth 20 million euros for coastal protection, while talks continue on a new investment protection treaty.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([
      ["agreement", "grant agreement", "signed"],
      ["treaty", "investment protection treaty", "under_negotiation"],
    ]);
  });

  it("the phase of a named agreement is the instrument negotiated", () => {
    const doc = run(
      "Foreign Minister Paul Martin met Foreign Minister Ama Mensah on Monday. The two sides agreed to speed up the negotiations on the second phase of the Andes-Pacific Free Trade Agreement.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["agreement", "second phase of the Andes-Pacific Free Trade Agreement", "under_negotiation"]]);
  });

  it("a request to implement an instrument does not propose it", () => {
    const doc = run(
      "President Paul Martin received Vice-President Ama Mensah on Monday. \"I urge all parties to implement the Lusaka Peace Agreement in full,\" Martin said.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["agreement", "Lusaka Peace Agreement", "signed"]]);
  });

  it("a hard-wrapped line that goes on with a year stays in its sentence", () => {
    const doc = run(
      "President Paul Martin received Foreign Minister Ama Mensah in Maputo on Monday for talks on\ndefence and trade between the two countries and their regional partners.\n  The Status of Forces Agreement signed by the two governments in\n2022 remains in force, the two leaders said after their meeting today.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["agreement", "Status of Forces Agreement", "in_force"]]);
  });
});
