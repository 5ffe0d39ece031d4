// One name after a style, its title in apposition after it, is an official (issue #11, names): "to meet Lord Fakafanua,
// the Speaker of the Legislative Assembly, on Thursday" names Fakafanua, Speaker of the Legislative Assembly.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a style, one name and a title after it", () => {
  it("is an official with that title", () => {
    const doc = run("Foreign Minister Anna Reid is due to meet Lord Tupou, the Speaker of the Legislative Assembly, on Thursday.", "2025-06-24");
    expect(official(doc, "Tupou")?.title).toBe("Speaker of the Legislative Assembly");
    expect(doc.meetings.map((m) => [m.date, m.status, [...m.participants].sort()])).toEqual([["2025-06-26", "planned", ["Anna Reid", "Tupou"]]]);
  });
});
