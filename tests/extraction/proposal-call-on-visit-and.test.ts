// "X will call on Prime Minister Y on Friday and is also expected to meet Z" is a courtesy call: the "to" of the verb phrase
// joined by "and is" belongs to that phrase, so no call to act is told (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'call on' a person, then 'and is expected to'", () => {
  it("is no proposal", () => {
    const doc = run("Foreign Minister Badr Ahmed, who arrived here on Wednesday night, will call on Prime Minister Ravi Kumar on Friday and is also expected to meet Defence Minister Raj Singh.", "2026-03-11");
    expect(doc.proposals).toEqual([]);
  });

  it("'called on India to join' still is one", () => {
    const doc = run("Foreign Minister Badr Ahmed called on India to join the corridor and is expected to meet Defence Minister Raj Singh.", "2026-03-11");
    expect(doc.proposals.map((p) => p.kind)).toEqual(["call"]);
  });
});
