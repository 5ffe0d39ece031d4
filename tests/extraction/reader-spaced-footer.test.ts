// A footer whose links are set apart by runs of spaces ("Accessibility  Contact  Crown Copyright  Privacy") is page
// furniture: "Copyright Privacy" is no official (issue #11, page furniture).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a footer of spaced links", () => {
  it("names no one", () => {
    const doc = extract(
      " date 2026-03-11\nFirst Minister meets Tánaiste\n\nFirst Minister John Swinney met the Tánaiste, Simon Harris, in Dublin on Tuesday.\n\nAccessibility  Contact  Crown Copyright  Privacy\n",
      { source: "t" },
    );
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["John Swinney", "Simon Harris"]);
  });

  it("a sentence with double spaces inside stays content", () => {
    const doc = extract(" date 2026-03-11\nTalks\n\nFirst Minister John Swinney  met the Tánaiste, Simon Harris,  in Dublin on Tuesday.\n", { source: "t" });
    expect(doc.meetings).toHaveLength(1);
  });
});

// ("Government   Prime Minister   Activity   Press center": a menu whose items go on in lower case; batch49-guided.)
describe("a spaced menu with lower-case words in its items", () => {
  it("names no one", () => {
    const doc = extract(
      " date 2026-05-14\nOfficial site\nGovernment   Prime Minister   Activity   Press center   Documents   Regions\n\nPrime Minister Olzhas Bektenov received Korean Trade Minister Yeo Han-koo at the Government House.\n",
      { source: "t" },
    );
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Olzhas Bektenov", "Yeo Han-koo"]);
  });
});
