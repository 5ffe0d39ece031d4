// A headline left among the sentences (issue #11, names): when the reader takes a masthead for the title, the real
// headline in title case is read as a sentence; a verb closing the name's run there ("Asks", "Urges") is no name word.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a verb after a name in a title-case headline", () => {
  const doc = run(
    "Daily Mirror\n\nPresident Anura Kumara Dissanayake Urges Maldives to Expand Fisheries Cooperation\n\nCOLOMBO: President Anura Kumara Dissanayake on Tuesday received Maldivian Foreign Minister Abdulla Khaleel and urged the Maldives to expand fisheries cooperation.",
    "2026-03-13",
  );

  it("is left out of the name", () => {
    expect(doc.officials.map((o) => o.name)).toContain("Anura Kumara Dissanayake");
    expect(doc.officials.some((o) => /Urges/.test(o.name))).toBe(false);
  });
});
