// Groups named by a count and the plural of any role head (issue #11): "the two governors", "both central bank
// governors" refer to the report's pair as "the two ministers" does; a group with the names set off after it ("the two
// defence ministers, A and B") refers to no one before.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const signed = "BI Governor Perry Warjiyo and BOK Governor Rhee Chang-yong on Monday signed a memorandum on local currency transactions.";

describe("a count before a role head's plural", () => {
  it.each([
    "The two governors held a bilateral meeting on Monday.",
    "Both central bank governors held a bilateral meeting on Monday.",
    "The two mayors held talks on Monday.",
  ])("%s", (sentence) => {
    expect(meetings(`${signed} ${sentence}`, "2026-05-13")).toEqual([["2026-05-11", "held", ["Perry Warjiyo", "Rhee Chang-yong"]]]);
  });
});

describe("a group with its names set off after it", () => {
  it("refers to no one before, so the encounter keeps its attendees", () => {
    const text =
      "Chancellor Friedrich Merz arrived in Warsaw on Tuesday morning, where Prime Minister Donald Tusk was waiting. The two men co-chaired the intergovernmental consultations, attended by more than a dozen ministers from each side, among them German Foreign Minister Johann Wadephul, his Polish counterpart Radosław Sikorski and the two defence ministers, Boris Pistorius and Władysław Kosiniak-Kamysz.";
    const found = meetings(text, "2026-05-20");
    expect(found).toHaveLength(1);
    expect(found[0][2]).toEqual(expect.arrayContaining(["Boris Pistorius", "Friedrich Merz", "Johann Wadephul", "Radosław Sikorski", "Władysław Kosiniak-Kamysz"]));
  });
});

describe("'the two men' is a group", () => {
  it("of the report's pair", () => {
    expect(meetings("Chancellor Friedrich Merz arrived in Warsaw on Tuesday, where Prime Minister Donald Tusk was waiting. The two men held talks.", "2026-05-20")).toEqual([
      ["2026-05-19", "held", ["Donald Tusk", "Friedrich Merz"]],
    ]);
  });
});
