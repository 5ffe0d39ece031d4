// A fragment's naming tradition (issue #11, countries; batch46-guided): "Bin" is a Cambodian family name, but "Bin Rashid"
// after "Khalid bin Rashid Al Falasi" is a short form of the whole name, which shows no Cambodian shape; the official
// takes the country of the report's dateline, not Cambodia.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a short form opening with a particle that is also a family name", () => {
  const doc = run(
    "ABU DHABI, 4 May 2026: H.E. Khalid bin Rashid Al Falasi, Minister of Industry, received H.E. Peter Otieno, Cabinet Secretary for Trade of the Republic of Kenya. H.E. Bin Rashid proposed a joint business council.",
    "2026-05-04",
    "UAE and Kenya discuss industry",
  );

  it("does not give the whole name the fragment's tradition", () => {
    expect(official(doc, "Khalid bin Rashid Al Falasi")?.country).toBe("AE");
    expect(official(doc, "Khalid bin Rashid Al Falasi")?.aliases).toContain("Bin Rashid");
  });
});
