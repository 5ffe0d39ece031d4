// A pronoun in a transcript's turn does not refer to the speaker label opening it (issue #11, coreference): "KIM:
// According to the Blue House, Moon invited ..., and he proposed ..." is the president's act, not that of a minister
// who shares the reporter's family name.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-06-03",
  "World News Hour",
  "",
  "HOST (ANNA PARK): Good evening. Chilean President Diego Rojas is in Seoul this week.",
  "",
  "REPORTER (DAVID KIM): Thanks, Anna. President Moon Jae-sung welcomed Rojas this morning, and the two then held talks. Foreign Minister Kim Tae-ho and his Chilean counterpart, Paula Soto, were at the table as well.",
  "",
  "PARK: What did the two sides ask of each other?",
  "",
  "KIM: According to the presidential office, Moon invited Chile to join a green hydrogen program, and he proposed doubling the number of Korean scholarships for Chilean students.",
].join("\n");

describe("a pronoun after a speaker label", () => {
  it("refers to the subject named after the label and the fronted phrase", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Moon Jae-sung", "invitation"],
      ["Moon Jae-sung", "proposal"],
    ]);
  });
});
