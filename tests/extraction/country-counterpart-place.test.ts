// A counterpart qualified by a known region or city (issue #11, countries): "his Queensland counterpart, X" is of the
// country Queensland is in, as "his Kenyan counterpart, X" is Kenyan.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("his REGION counterpart, X", () => {
  it("gives the region's country", () => {
    const doc = run("Governor Toshimitsu Fujita of Kanagawa Prefecture met his Queensland counterpart, Tom Morrison, in Yokohama on Monday.", "2026-03-10");
    expect(official(doc, "Tom Morrison")?.country).toBe("AU");
  });
});
