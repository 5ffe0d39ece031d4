// An abbreviated style that is also a listed family name (issue #11, names): "Ing" is a Slovak or Latin American
// engineer's style when written "Ing." and a Khmer family name when it opens a name without the full stop.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("an abbreviated style without its full stop that is a family name", () => {
  it("opens the name", () => {
    const doc = run("Cambodian Minister of Tourism Ing Sovannarith met Thai Minister Varawut Silpa-archa in Siem Reap on Monday.", "2026-03-12");
    expect(names(doc)).toContain("Ing Sovannarith");
  });

  it("is still a style when written with its full stop", () => {
    const doc = run("Slovak State Secretary Ing. Marek Hlavaty met Thai Minister Varawut Silpa-archa in Bratislava on Monday.", "2026-03-12");
    expect(names(doc)).toContain("Marek Hlavaty");
  });

  it("leaves a style written only so ('HE') alone even where it spells a family name", () => {
    const doc = run("Saudi Minister of Investment HE Khalid Al-Falih met Thai Minister Varawut Silpa-archa in Riyadh on Monday.", "2026-03-12");
    expect(names(doc)).toContain("Khalid Al-Falih");
  });
});
