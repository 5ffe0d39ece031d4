// A title in apposition after a name may hold a body's name with an unknown word in it ("Mohamed Farid, Chairman of
// Egypt's Financial Regulatory Authority,"): the word is the body's, not the start of another name (issue #11).
import { describe, expect, it } from "vitest";
import { meetings, official, run } from "./helpers.ts";

describe("an unknown word inside a body's name after the name", () => {
  it("stays in the title", () => {
    const doc = run("CCPIT Chairman Ren Hongbin met Mohamed Farid, Chairman of Egypt's Financial Regulatory Authority, on Monday.", "2025-09-24");
    expect(official(doc, "Mohamed Farid")?.title).toBe("Chairman of Egypt's Financial Regulatory Authority");
  });

  it("so the encounter has both people", () => {
    expect(meetings("CCPIT Chairman Ren Hongbin held a video conference with Mohamed Farid, Chairman of the Financial Regulatory Authority, on Monday.", "2025-09-24")).toEqual([
      ["2025-09-22", "held", ["Mohamed Farid", "Ren Hongbin"]],
    ]);
  });
});
