// An instrument's date is no encounter's when the sentence gives the encounter its own (issue #11, meetings): "The
// agreement, signed in 2024, was renewed during a virtual meeting between A and B on October 7" is a meeting of
// October 7; "signed in Muscat in December during the visit, when A held talks with B" still dates the talks.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { meetings } from "./helpers.ts";

describe("an instrument's date beside an encounter's", () => {
  it("gives way to the encounter's own, in a year's review too", () => {
    const doc = extract(
      [
        " date 2026-12-04",
        "Year in review",
        "",
        "SEPTEMBER",
        "Foreign Minister Ram Karki met Foreign Minister Abul Hasan in Dhaka on September 3.",
        "",
        "OCTOBER",
        "The Electricity Trade Agreement, signed in 2024, was renewed during a virtual meeting between the two energy ministers, Kul Bahadur Thapa and Muhammad Abul Kalam Hasan, on October 7.",
      ].join("\n"),
      { source: "test.txt" },
    );
    expect(doc.meetings.find((m) => m.participants.includes("Kul Bahadur Thapa"))?.date).toBe("2026-10-07");
  });

  it("dates the encounter when it is the only date", () => {
    expect(meetings("The trade pact was signed in Muscat in December 2025 during Prime Minister Ravi Menon's visit, when Menon held talks with Sultan Said bin Ali.", "2026-01-23")).toEqual([["2025-12", "held", ["Ravi Menon", "Said bin Ali"]]]);
  });
});
