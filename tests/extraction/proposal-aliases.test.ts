// A speaker named only by an alias (issue #11, proposals): "President Ruiz, or PAR, ..." makes the acronym a name of
// that official, so "PAR noted ... and asked X to ..." is her act.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("speakers by alias", () => {
  it("', or PAR,' after a family name is that official's alias", () => {
    const doc = run(
      "President Ana Ruiz welcomed Ghanaian President Kofi Mensah in Lima on Tuesday.\nPresident Ruiz, or PAR, and President Mensah held a one-on-one meeting.\nPAR noted that many Peruvians work in Ghana, and asked the Ghanaian government to speed up the processing of work permits for Peruvian engineers.",
      "2026-06-24",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([["Ana Ruiz", "request"]]);
  });

  it("an acronym after ', or' with no official of that name stays unresolved", () => {
    const doc = run(
      "President Ana Ruiz welcomed Ghanaian President Kofi Mensah in Lima on Tuesday.\nThe Andean Development Bank, or ADB, will fund the road.\nADB noted the cost, and asked the Ghanaian government to speed up the permits.",
      "2026-06-24",
    );
    expect(doc.proposals.map((p) => p.speaker)).not.toContain("Ana Ruiz");
  });
});
