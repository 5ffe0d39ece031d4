// Working sessions: "held a working session in Riga with X" (a place between the noun and its "with"), and
// "Earlier in the day, A and B co-chaired a working session ...", an encounter of its own before the one just told,
// of the noun's kind (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const told = (body: string, date: string) => run(body, date).meetings.map((m) => [m.kind, m.date, m.location, [...m.participants].sort()]);

describe("working sessions", () => {
  it("'held a working session in Riga with X'", () => {
    const body =
      "OSCE Secretary-General Feridun Sinirlioğlu met President Alar Karis in Tallinn on Wednesday.\n\n" +
      "The day before, on Tuesday, the Secretary-General held a working session in Riga with the Minister of Foreign Affairs of Latvia, Baiba Braže, on the preparations for the ministerial council.";
    expect(told(body, "2026-11-13")).toEqual([
      ["meeting", "2026-11-11", "Tallinn", ["Alar Karis", "Feridun Sinirlioğlu"]],
      ["working_session", "2026-11-10", "Riga", ["Baiba Braže", "Feridun Sinirlioğlu"]],
    ]);
  });

  it("'Earlier in the day, A and B co-chaired a working session' after a meeting both attended", () => {
    const body =
      "OSCE Secretary-General Feridun Sinirlioğlu met President Alar Karis in Tallinn on Wednesday.\n\n" +
      "The meeting was attended by Foreign Minister Margus Tsahkna.\n\n" +
      "Earlier in the day, Mr Sinirlioğlu and Minister Tsahkna co-chaired a working session with members of the chairmanship team at the Foreign Ministry.";
    expect(told(body, "2026-11-13")).toEqual([
      ["meeting", "2026-11-11", "Tallinn", ["Alar Karis", "Feridun Sinirlioğlu", "Margus Tsahkna"]],
      ["working_session", "2026-11-11", null, ["Feridun Sinirlioğlu", "Margus Tsahkna"]],
    ]);
  });
});
