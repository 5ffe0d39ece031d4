// "used the occasion to ask", "took the opportunity to invite": the act done on that occasion, unlike "plans to ask"
// (issue #11, proposals; batch49-guided).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string) => run(body, "2026-10-21").proposals.map((p) => [p.speaker, p.kind]);

describe("an act after 'the occasion to'", () => {
  it("is an act", () => {
    const body = "Foreign Minister Pieter de Vries met his Moroccan counterpart Nasser Bourita in The Hague on Tuesday. De Vries used the occasion to ask Morocco to take back more of its citizens.";
    expect(acts(body)).toEqual([["Pieter de Vries", "request"]]);
  });

  it("an intention is not", () => {
    const body = "Foreign Minister Pieter de Vries met his Moroccan counterpart Nasser Bourita in The Hague on Tuesday. De Vries plans to ask Morocco to take back more of its citizens.";
    expect(acts(body)).toEqual([]);
  });
});
