// A version number inside a capitalised title (issue #11, agreements): "the ASEAN-China Free Trade Area 3.0 Upgrade
// Protocol", "the RCEP 2.0 Accession Protocol": the number between capitalised words belongs to the name.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'3.0' inside an instrument's name", () => {
  const doc = run(
    "The ministers reviewed the ratification of the Singapore-Australia Digital Economy 2.0 Upgrade Protocol, signed last year.",
    "2026-09-16",
  );

  it("keeps the name whole", () => {
    expect(doc.agreements.map((a) => a.title)).toContain("Singapore-Australia Digital Economy 2.0 Upgrade Protocol");
  });
});
