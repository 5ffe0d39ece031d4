// "called on all Allies to meet the new target", "to meet their obligations": "meet" with a target, a need or a
// commitment as its object means to satisfy it, not an encounter; read as a planned meeting it merged into the
// encounter of its sentence and made that one planned (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'meet' a target is no encounter", () => {
  it.each([["to meet the new target of investing 3.5 percent of GDP"], ["to meet their commitments"], ["to meet the growing energy needs of the region"]])("'... urged Allies %s'", (phrase) => {
    const body =
      "OSCE Secretary-General Feridun Sinirlioğlu met President Alar Karis in Tallinn on Thursday to discuss regional security.\n\n" +
      `The Secretary-General thanked Estonia for its support and urged all participating States ${phrase}.`;
    expect(meetings(body, "2026-11-13")).toEqual([["2026-11-12", "held", ["Alar Karis", "Feridun Sinirlioğlu"]]]);
  });

  it("'will meet President Y' stays a plan", () => {
    const body = "OSCE Secretary-General Feridun Sinirlioğlu met President Alar Karis in Tallinn on Thursday.\n\nThe Secretary-General will meet Prime Minister Kristen Michal on Monday.";
    expect(meetings(body, "2026-11-13")).toEqual([
      ["2026-11-12", "held", ["Alar Karis", "Feridun Sinirlioğlu"]],
      ["2026-11-16", "planned", ["Feridun Sinirlioğlu", "Kristen Michal"]],
    ]);
  });
});
