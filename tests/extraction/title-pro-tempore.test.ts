// "Senate President Pro Tempore Panfilo Lacson": "Pro Tempore" continues the title; the name is "Panfilo Lacson"
// (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a title with 'Pro Tempore'", () => {
  it("keeps the words in the title, out of the name", () => {
    const doc = extract(
      ` date 2026-10-21 Senate hosts Australian delegation\n\nSenate President Vicente Sotto III received Australian Senate President Sue Lines in Pasay City on Tuesday. Senate President Pro Tempore Panfilo Lacson requested continued Australian assistance in maritime domain awareness.\n`,
      { source: "t.txt" },
    );
    expect(doc.officials.map((o) => [o.name, o.title])).toContainEqual(["Panfilo Lacson", "Senate President Pro Tempore"]);
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Panfilo Lacson"]);
  });
});
