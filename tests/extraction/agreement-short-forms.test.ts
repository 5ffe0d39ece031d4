// One instrument, a short form and its full name (issue #11, agreements): "the EU-Mercosur Agreement" and "the
// EU-Mercosur Partnership Agreement" in one report are one instrument, kept under the full name; two full names that the
// short form could both stand for leave it alone.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a short form of an instrument named in full", () => {
  it("short form first, full name later: one instrument", () => {
    const doc = run(
      "Foreign Minister Antonio Tajani met Foreign Minister Pablo Quirno in Rome on Tuesday. The talks focused on the entry into force of the EU-Mercosur Agreement and on energy investments. Tajani urged the Mercosur partners to complete the ratification of the EU-Mercosur Partnership Agreement, signed in January.",
      "2026-08-14",
    );
    expect(doc.agreements.map((a) => [a.title, a.status, a.evidence.length])).toEqual([["EU-Mercosur Partnership Agreement", "signed", 2]]);
  });

  it("full name first, short form later: one instrument", () => {
    const doc = run(
      "The ministers signed the Ghana-Togo Maritime Boundary Agreement on Monday. The Ghana-Togo Agreement will enter into force after ratification.",
      "2026-08-14",
    );
    expect(doc.agreements.map((a) => a.title)).toEqual(["Ghana-Togo Maritime Boundary Agreement"]);
  });

  it("a short form that two full names share stays apart", () => {
    const doc = run(
      "The ministers discussed the EU-Mercosur Agreement. The EU-Mercosur Partnership Agreement was signed in January, while the EU-Mercosur Interim Trade Agreement entered into force in May.",
      "2026-08-14",
    );
    expect(doc.agreements.map((a) => a.title)).toContain("EU-Mercosur Agreement");
  });
});
