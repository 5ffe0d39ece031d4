// A counterpart's country may take several words (issue #11, names): "his Antigua and Barbuda counterpart, X,", "his Papua
// New Guinea counterpart" (the longest run, not "Guinea"); a demonym two countries share is read as the report chose;
// "his visiting New Zealand counterpart X".
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("counterpart of a country named in several words", () => {
  it("a name holding 'and'", () => {
    const doc = run("KINGSTON, Jamaica (CMC) — Jamaica's Minister of Foreign Affairs, Kamina Smith, and her Antigua and Barbuda counterpart, Paul Greene, met on Tuesday.", "2026-04-02");
    expect(official(doc, "Paul Greene")?.country).toBe("AG");
  });
  it("a participle before a two-word country", () => {
    const doc = run("New Delhi: Prime Minister Narendra Modi held talks with his visiting South African counterpart Thabo Nkosi on Tuesday.", "2026-04-02");
    expect(official(doc, "Thabo Nkosi")?.country).toBe("ZA");
  });
  it("a country whose last word is another country's name: 'his Papua New Guinea counterpart' is not Guinea", () => {
    const doc = run("HONIARA – Prime Minister Jeremiah Manele and his Papua New Guinea counterpart James Marape held talks in Honiara on Tuesday.", "2026-04-02");
    expect(official(doc, "James Marape")?.country).toBe("PG");
  });
  it("a demonym two countries share, as the report chose: 'his Dominican counterpart' in a report on the Dominican Republic", () => {
    const doc = run(
      "SANTO DOMINGO – Haitian Foreign Minister Jean-Victor Harvel Jean-Baptiste and his Dominican counterpart Roberto Álvarez co-chaired the joint commission of Haiti and the Dominican Republic on Tuesday. Dominican President Luis Abinader received the Haitian minister.",
      "2026-04-02",
    );
    expect(official(doc, "Roberto Álvarez")?.country).toBe("DO");
  });
});
