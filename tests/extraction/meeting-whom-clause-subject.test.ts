// An encounter told in a relative clause on its antecedent (issue #11, meetings): "talks with X, whom he last met in
// CITY in MONTH YEAR" is a meeting of X with the clause's own subject, recalled to the month.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("whom SUBJECT met", () => {
  it("meets the antecedent with the clause's subject", () => {
    const found = meetings(
      "Chancellor Karl Nehammer held talks in Vienna on Monday with Prime Minister Robert Golob, whom he last met in Ljubljana in May 2025.",
      "2026-03-11",
    );
    expect(found).toContainEqual(["2025-05", "held", ["Karl Nehammer", "Robert Golob"]]);
  });

  it("reads the clause's pronoun as someone other than the antecedent", () => {
    const found = meetings(
      "Chancellor Karl Nehammer received Prime Minister Robert Golob in Vienna on Monday. Golob, whom he last met in Ljubljana in May 2025, proposed a joint rail fund.",
      "2026-03-11",
    );
    expect(found).toContainEqual(["2025-05", "held", ["Karl Nehammer", "Robert Golob"]]);
  });
});
