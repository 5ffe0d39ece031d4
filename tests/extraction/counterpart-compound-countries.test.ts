// A counterpart's country may take several words (issue #11, names): "his Antigua and Barbuda counterpart, X,",
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
});
