// A caption whose credit holds a possessive ("... at the Melanesian Haus yesterday. Photo: PM's Media") is a caption: its
// credit does not run into the title on the next line (issue #11, page furniture).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a photo credit with a possessive", () => {
  it("ends the caption line", () => {
    const doc = extract(
      " date 2026-03-19\nLuxon pledges roads\n\nNew Zealand Prime Minister Christopher Luxon and Prime Minister James Marape at the Melanesian Haus yesterday. Photo: PM's Media\nNew Zealand Prime Minister Christopher Luxon and Prime Minister James Marape yesterday signed a Statement of Partnership in Port Moresby.\n",
      { source: "t" },
    );
    expect(doc.officials.find((o) => o.name === "Christopher Luxon")?.title).toBe("Prime Minister");
  });
});
