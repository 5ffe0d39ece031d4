// "Minister of Environment, Urbanisation and Climate Change", "Minister for Climate Change and Energy X" (issue #11,
// names): "Change" of the climate portfolio is a word of the title, never a person's name, so the title reaches the name
// after it and no one is called "Change".
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the climate change portfolio", () => {
  const doc = run(
    "On Monday, Minister Ingrid Solberg met Kenya's Minister of Environment, Forestry and Climate Change, Amina Wanjiru, together with New Zealand's Minister for Climate Change and Energy Tama Parata, who chairs the talks.",
    "2026-11-18",
  );

  it("no official is called 'Change'", () => {
    expect(doc.officials.some((o) => /\bChange\b/.test(o.name))).toBe(false);
  });

  it("the title reaches the name after it", () => {
    expect(official(doc, "Tama Parata")?.title).toBe("Minister for Climate Change and Energy");
    expect(official(doc, "Amina Wanjiru")).toBeDefined();
  });
});
