// Names in apposition to a plural role noun after "our" ("our defence ministers, A and B, took part") are people, as
// after "the" and "their" (issue #11, names): a speaker in a transcript tells both sides' ministers so.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("'our ministers, A and B,'", () => {
  it("names both", () => {
    const doc = run(
      "Prime Minister Ana Holm: I am pleased that our trade ministers, Kari Vold and Miguel Ferreira, took part in the meeting today.",
      "2026-04-16",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Kari Vold", "Miguel Ferreira"]));
  });
});
