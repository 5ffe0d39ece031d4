// A bare definite head that opens a sentence names the instrument just told (issue #11, agreements; batch46-guided):
// after "urged the two governments to conclude the revision of Annex C of the Itaipu Treaty", "The treaty, in force since
// 1973, governs the plant" tells the treaty's own state, in force, over the cue that stood near its first mention.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const states = (body: string) => run(body, "2025-06-10").agreements.map((a) => [a.title, a.status]);

describe("'The treaty, in force since 1973,' after the treaty's name", () => {
  it("tells its state", () => {
    expect(
      states("Senator Ana Ruiz urged the two governments to conclude the revision of Annex C of the Itaipu Treaty by the end of the year. The treaty, in force since 1973, governs the binational plant."),
    ).toEqual([["Itaipu Treaty", "in_force"]]);
  });

  it("but a bare head inside a clause may mean another instrument", () => {
    expect(
      states("The ministers agreed to begin negotiations on a border crossings agreement. The Council called on Baghdad to respect the agreement, which had been in force since 2013."),
    ).toEqual([["border crossings agreement", "proposed"]]);
  });
});
