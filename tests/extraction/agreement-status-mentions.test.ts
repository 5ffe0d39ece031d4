// Statuses told at a later mention or of another instrument (issue #11, agreements): the later state after a signing is
// the signed instrument's own only up to the next instrument of any kind ("signed a memorandum ..., and ... the double
// taxation convention, in force since 2009, would be updated"); a later mention whose own words tell its state
// ("The X Treaty, signed in 1973, has been in force since 1974") overrides a state the first mention took from
// another instrument's cue or from no cue.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const found = (body: string) => run(body, "2026-05-12").agreements.map((a) => [a.title, a.status]);

describe("a later state belongs to the next instrument of any kind", () => {
  it("a convention's 'in force since' does not make an MoU signed before it in force", () => {
    expect(found("The ministers signed a memorandum of understanding on port investment, and officials said the bilateral tax convention, in force since 2009, would be updated.")).toEqual([
      ["memorandum of understanding on port investment", "signed"],
      ["bilateral tax convention", "in_force"],
    ]);
  });
});

describe("a later mention with its own state", () => {
  it("a treaty first named inside another instrument's title takes the state its own sentence tells", () => {
    expect(
      found("The two presidents agreed that the new Annex B of the Lakeside Treaty will be signed in June. The Lakeside Treaty, signed in 1981, has been in force since 1983."),
    ).toContainEqual(["Lakeside Treaty", "in_force"]);
  });

  it("a state the first mention told itself is kept when a later mention is told in passing", () => {
    expect(found("The two ministers signed the Agreement on Road Transport on Monday. They said the Agreement on Road Transport would boost trade.")).toEqual([
      ["Agreement on Road Transport", "signed"],
    ]);
  });
});
