// "was received today by X, and tomorrow he will meet Y" (issue #11, batch27): a clause coordinated after an earlier
// verb's objects has a subject of its own right before its verb; it is no further object of the earlier verb.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const lead = "Foreign Minister Ravi Silva met Kelani Foreign Minister Oskar Pellan in Colombo today.";

describe("a coordinated clause with its own subject", () => {
  it("'..., and tomorrow he will meet Y' is a plan of the pronoun's referent", () => {
    const body = `${lead} In the course of the visit, Minister Pellan was received today by President Nalin Perera, and tomorrow he will meet Prime Minister Anura Dias.`;
    expect(meetings(body, "2026-11-12")).toContainEqual(["2026-11-13", "planned", ["Anura Dias", "Oskar Pellan"]]);
  });

  it("'..., and tomorrow Pellan will meet Y' with the name", () => {
    const body = `${lead} Minister Pellan was received by President Nalin Perera, and tomorrow Pellan will meet Prime Minister Anura Dias.`;
    expect(meetings(body, "2026-11-12")).toContainEqual(["2026-11-13", "planned", ["Anura Dias", "Oskar Pellan"]]);
  });
});
