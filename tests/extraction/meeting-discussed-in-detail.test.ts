// Two words that looked like encounters and were not (issue #11, meetings; batch44-guided): "The Ministers discussed
// in detail ..." goes on about the talks just told ("in detail" is no place), and "signed the Plan of Consultations
// between the Ministries" names an instrument, whose field is consultations, not an encounter between the ministers.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const lead = "Foreign Minister Ivan Petrov held talks in Moscow on April 15 with Mongolian Foreign Minister Bold Bat. ";

describe("'discussed in detail' after the day's talks", () => {
  it("is no new encounter dated by the recall in its sentence", () => {
    const got = meetings(
      `${lead}The Ministers discussed in detail the prospects of relations and the agreements reached during the talks between President Oleg Smirnov and President Enkh Dorj in Ulaanbaatar on September 3, 2024.`,
      "2025-04-15",
    );
    expect(got).toEqual([
      ["2025-04-15", "held", ["Bold Bat", "Ivan Petrov"]],
      ["2024-09-03", "held", ["Enkh Dorj", "Oleg Smirnov"]],
    ]);
  });
});

describe("'the Plan of Consultations between the Ministries'", () => {
  it("is no encounter", () => {
    const got = meetings(`${lead}Following the talks, the Ministers signed the Plan of Consultations between the Ministries of Foreign Affairs for 2025-2026.`, "2025-04-15");
    expect(got).toEqual([["2025-04-15", "held", ["Bold Bat", "Ivan Petrov"]]]);
  });
});
