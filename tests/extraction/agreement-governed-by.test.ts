// "Relations have been governed by the EU-Morocco Association Agreement since 2000": an instrument that governs
// something is in force (issue #11, agreements: status from context; batch49-guided).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an instrument that governs relations", () => {
  it("is in force", () => {
    const doc = run("Foreign Minister Pieter de Vries met Nasser Bourita in The Hague on Tuesday. Relations between the two countries have been governed by the EU-Morocco Association Agreement since 2000.", "2026-10-21");
    expect(doc.agreements.map((a) => [a.title, a.status])).toEqual([["EU-Morocco Association Agreement", "in_force"]]);
  });
});
