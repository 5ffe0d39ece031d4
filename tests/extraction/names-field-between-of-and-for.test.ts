// "the Minister of Popular Power for Foreign Affairs, Yván Gil Pinto": capitalised words between a title word's "of" and
// the "for" of its field are the title's, not a person (issue #11, names; batch51-guided).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a run between a title's 'of' and its field's 'for'", () => {
  it("names no one", () => {
    const doc = run("This Tuesday, the Minister of Popular Power for Foreign Affairs, Yván Gil Pinto, received the Minister of Foreign Affairs of Algeria, Ahmed Attaf.", "2026-07-09");
    expect(names(doc).sort()).toEqual(["Ahmed Attaf", "Yván Gil Pinto"]);
  });
});
