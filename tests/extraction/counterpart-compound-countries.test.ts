// "his Antigua and Barbuda counterpart, X," (issue #11, names): a counterpart's country may be named with "and".
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("counterpart of a country whose name holds 'and'", () => {
  it("names the person in apposition and gives the country", () => {
    const doc = run("KINGSTON, Jamaica (CMC) — Jamaica's Minister of Foreign Affairs, Kamina Smith, and her Antigua and Barbuda counterpart, Paul Greene, met on Tuesday.", "2026-04-02");
    expect(official(doc, "Paul Greene")?.country).toBe("AG");
  });
});
