// Family names in capitals after a title (issue #11, names): Japanese and other ministries write "Admiral SEGUCHI
// Yoshio", "Ambassador ENDO Kazuya"; after a title word written before names, as after a style, capitals beside a
// capitalised given name are the family name, not an acronym.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a family name in capitals after a title word", () => {
  const doc = run(
    "Admiral MORITA Hiroshi, Chief of Staff of the Japan Maritime Self-Defense Force, met Ambassador KIMURA Naoko in Manila on Monday. Minister NATO Affairs officials were not present.",
    "2026-03-11",
  );

  it("after a rank and after an envoy's title", () => {
    expect(official(doc, "MORITA Hiroshi")).toBeDefined();
    expect(official(doc, "KIMURA Naoko")).toBeDefined();
    expect(doc.meetings.some((m) => m.participants.includes("MORITA Hiroshi") && m.participants.includes("KIMURA Naoko"))).toBe(true);
  });

  it("an acronym after a title is still no name", () => {
    expect(doc.officials.some((o) => /NATO/.test(o.name))).toBe(false);
  });
});
