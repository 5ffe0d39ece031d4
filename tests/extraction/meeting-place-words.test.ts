// A word of a place of several words is no short name: "in La Paz" does not name President Rodrigo Paz, so a meeting
// there is not also one with him (issue #11, meetings on unseen reports).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, m.status, [...m.participants].sort()]);

describe("place names and short names", () => {
  it("'met X in La Paz' after President Rodrigo Paz is named", () => {
    const body =
      "President Rodrigo Paz received Chilean President José Antonio Kast on Wednesday.\n\n" +
      "Chilean Foreign Minister Francisco Pérez met Bolivian Foreign Minister Fernando Aramayo in La Paz on Tuesday.";
    expect(meetings(body, "2026-05-14")).toEqual([
      ["2026-05-13", "held", ["José Antonio Kast", "Rodrigo Paz"]],
      ["2026-05-12", "held", ["Fernando Aramayo", "Francisco Pérez"]],
    ]);
  });
});
