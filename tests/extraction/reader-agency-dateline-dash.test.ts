// A dateline with an agency of two words after its date and a dash (issue #11, page reading): "BAKU, December 1 (Caspian
// News) - November was ..." is the report's dateline, under a headline that stays a line of its own.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("PLACE, Month D (Agency Name) - text", () => {
  const doc = extract(
    " date 2026-12-01\nTIRANA TIMES - MONTHLY ROUND-UP\nAlbania's November: talks in Athens, a call with Skopje\nTIRANA, December 1 (Tirana Times) - November was a busy month for Albanian diplomacy.\n\nNOV 3 - Prime Minister Edi Rama received Greek Foreign Minister Giorgos Gerapetritis. Later, Foreign Minister Elisa Spiropali met Turkish Deputy Minister Mehmet Kemal Bozay.\n",
    { source: "t.txt" },
  );

  it("is the dateline", () => {
    expect(doc.document.dateline).toBe("Tirana");
  });

  it("so officials untitled by country are the dateline's", () => {
    expect(doc.officials.find((o) => o.name === "Elisa Spiropali")?.country).toBe("AL");
  });
});
