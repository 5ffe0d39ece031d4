// "President Simons" after "Jennifer Geerlings-Simons": a writer may shorten a hyphenated family name to one of its halves;
// that is the same person, not a second official (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a half of a hyphenated family name", () => {
  it("'President Simons' is Jennifer Geerlings-Simons", () => {
    const doc = run(
      "President Mohamed Irfaan Ali and his Surinamese counterpart, Jennifer Geerlings-Simons, held talks in Georgetown on Wednesday. President Simons called on Guyana to harmonise the rules on fishing.",
    );
    expect(names(doc)).toEqual(["Mohamed Irfaan Ali", "Jennifer Geerlings-Simons"]);
    expect(official(doc, "Jennifer Geerlings-Simons")?.title).toBe("President");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Jennifer Geerlings-Simons"]);
  });

  it("a one-word name that is no half stays someone else", () => {
    const doc = run("President Mohamed Irfaan Ali received Jennifer Geerlings-Simons in Georgetown on Wednesday. Minister Simonsen attended.");
    expect(names(doc)).toContain("Simonsen");
  });
});
