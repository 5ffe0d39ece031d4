// Capitalised words before a region's noun name the region, not a person (issue #11, names; batch47-guided): "the
// Governor of Samut Sakhon Province, Mr. X" has one official, X, and "Samut Sakhon" is no one.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a run before 'Province'", () => {
  it("is no name", () => {
    const doc = run("On 5 February 2026, the Ambassador was received by the Governor of Samut Sakhon Province, Mr. Narong Rakroi, at the Provincial Hall.", "2026-02-10");
    expect(names(doc)).toEqual(["Narong Rakroi"]);
  });
});
