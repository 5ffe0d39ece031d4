// Short forms of names with particles (issue #11): an Arabic family article written apart is also written joined to the
// family name ("Sayyid Badr bin Hamad Al Busaidi" ... "Albusaidi"); "la", "las" and "los" are particles, so the family
// name after "de la" is a short form ("Juan Ramón de la Fuente Ramírez" ... "De la Fuente").
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an article joined to the family name", () => {
  it("refers to the full name", () => {
    const text =
      "Indian External Affairs Minister S Jaishankar held talks with Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi in New Delhi on Friday. Later, Albusaidi called on Prime Minister Narendra Modi.";
    expect(meetings(text, "2026-01-24")).toEqual([
      ["2026-01-23", "held", ["S Jaishankar", "Sayyid Badr bin Hamad Al Busaidi"]],
      ["2026-01-23", "held", ["Narendra Modi", "Sayyid Badr bin Hamad Al Busaidi"]],
    ]);
  });
});

describe("'de la' before a family name", () => {
  it("leaves the family name as a short form", () => {
    const text =
      "Mexican Foreign Minister Juan Ramón de la Fuente Ramírez met Spanish Foreign Minister José Manuel Albares on Wednesday in Madrid. De la Fuente will be received on Thursday by King Felipe VI at the Zarzuela Palace.";
    expect(meetings(text, "2025-01-16")).toEqual([
      ["2025-01-15", "held", ["José Manuel Albares", "Juan Ramón de la Fuente Ramírez"]],
      ["2025-01-16", "planned", ["Felipe VI", "Juan Ramón de la Fuente Ramírez"]],
    ]);
  });
});
