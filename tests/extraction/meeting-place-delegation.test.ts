// A region's or city's delegation as the object of an encounter (issue #11, meetings): "held a working session with the
// Gyeonggi delegation" met the one whose title names Gyeonggi in the latest encounter told, as "the Norwegian
// delegation" is that country's people.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the PLACE delegation", () => {
  it("is led by the official whose title names the place", () => {
    const found = meetings(
      "Chairman of the Hanoi People's Committee Tran Sy Thanh received Governor of Gyeonggi Province Kim Dong-yeon on Tuesday. Earlier the same morning, Secretary of the Hanoi Party Committee Bui Thi Minh Hoai held a working session with the Gyeonggi delegation.",
      "2026-12-02",
    );
    expect(found).toContainEqual(["2026-12-01", "held", ["Bui Thi Minh Hoai", "Kim Dong-yeon"]]);
  });
});
