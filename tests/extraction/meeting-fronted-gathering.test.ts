// A gathering named in a fronted phrase dates the encounter (issue #11): "Ahead of the signing, the two governors held a
// meeting" is on the day the signing was told, though a sentence without a day stands between.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const told = "Bank Indonesia and the Bank of Korea on Monday signed a memorandum. The memorandum was signed by BI Governor Perry Warjiyo and BOK Governor Rhee Chang-yong.";

describe("'ahead of the signing' two sentences after the signing's day", () => {
  it.each([
    "Ahead of the signing, Governor Perry Warjiyo held a bilateral meeting with Governor Rhee Chang-yong.",
    "After the ceremony, Governor Perry Warjiyo held talks with Governor Rhee Chang-yong.",
  ])("%s", (sentence) => {
    expect(meetings(`${told} ${sentence}`, "2026-05-13")).toEqual([["2026-05-11", "held", ["Perry Warjiyo", "Rhee Chang-yong"]]]);
  });

  it("a phrase naming no gathering dates nothing two sentences back", () => {
    expect(meetings(`${told} Ahead of the elections, Governor Perry Warjiyo held talks with Governor Rhee Chang-yong.`, "2026-05-13")).toEqual([]);
  });
});
