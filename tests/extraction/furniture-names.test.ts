// Page furniture is never a person (issue #11, names): a site's title line "... NAME  Official website" and a "Topics"
// line listing names and tags must not be glued onto the people of the report.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const doc = extract(
  [
    " date 2026-04-02 Talks in Kyiv",
    "President of Ukraine Volodymyr Zelenskyy  Official website",
    "",
    "President Volodymyr Zelenskyy met Prime Minister Jonas Gahr Store of Norway on Thursday.",
    "",
    "Topics",
    "Ukraine Norway   Volodymyr Zelenskyy   Jonas Gahr Store   Energy",
    "",
  ].join("\n"),
  { source: "test.txt" },
);

describe("furniture lines around names", () => {
  it("keeps the names clean", () => {
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Jonas Gahr Store", "Volodymyr Zelenskyy"]);
  });
  it("keeps the encounter", () => {
    expect(doc.meetings.map((m) => [...m.participants].sort())).toEqual([["Jonas Gahr Store", "Volodymyr Zelenskyy"]]);
  });
});
