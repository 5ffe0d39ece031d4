// "dined with President X, a frequent critic of Y's government": a person named only as the possessor of something
// in an apposition is no party to the encounter; "invited X to Tirana in October for the summit" is a summit
// planned, as batch04 reads "invited Anwar to Singapore for the 12th Leaders' Retreat" (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("possessors and invitations", () => {
  it("'A dined with B, a frequent critic of C's government'", () => {
    const body =
      "Croatian Prime Minister Andrej Plenković and his Albanian counterpart Edi Rama signed a deal in Dubrovnik on Wednesday.\n\n" +
      "On Tuesday evening, Rama dined with Croatian President Zoran Milanović, a frequent critic of Plenković's government, at the presidential residence in Zagreb.";
    expect(meetings(body, "2026-04-16")).toContainEqual(["2026-04-14", "held", ["Edi Rama", "Zoran Milanović"]]);
  });

  it("'He also invited B to Tirana in October for the Growth Plan summit'", () => {
    const body =
      "Croatian Prime Minister Andrej Plenković and his Albanian counterpart Edi Rama met in Dubrovnik on Wednesday.\n\n" +
      "Rama also invited Plenković to Tirana in October for the Western Balkans Growth Plan summit.";
    expect(meetings(body, "2026-04-16")).toEqual([
      ["2026-04-15", "held", ["Andrej Plenković", "Edi Rama"]],
      ["2026-10", "planned", ["Andrej Plenković", "Edi Rama"]],
    ]);
  });
});
