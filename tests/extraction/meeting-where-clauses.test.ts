// "X paid a working visit to the Ministry in Port Louis on Tuesday, where he called on Minister Y": the pronoun opening
// a "where" clause is the visitor, not an object of the verb before it (its objects end with their clause)
// (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a 'where' clause after a verb with no person as its object", () => {
  it.each([["paid a working visit to the Ministry of Foreign Affairs"], ["paid a courtesy visit to the Foreign Office"]])("'X %s in Port Louis on Tuesday, where he called on Y'", (visit) => {
    const body = `Ambassador Sanjiv Ranjan ${visit} in Port Louis on Tuesday, where he called on Minister Dhananjay Ramful.`;
    expect(meetings(body, "2026-08-20")).toEqual([["2026-08-18", "held", ["Dhananjay Ramful", "Sanjiv Ranjan"]]]);
  });
});
