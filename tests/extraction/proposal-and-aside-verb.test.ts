// "X met Y in Lima on Monday and, according to the Chilean side, requested ...": a verb joined by "and" to the clause
// before it, with an aside set off by commas after the "and", has the clause's subject, not the person met
// (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a verb joined by 'and' after an aside", () => {
  it("'and, according to the Chilean side, requested'", () => {
    const doc = run(
      "Chilean Foreign Minister Paula Soto met Peruvian Trade Minister Diego Quispe in Lima on Monday and, according to the Chilean side, requested more customs officers at the Chacalluta crossing.",
      "2026-03-11",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([["Paula Soto", "request"]]);
  });

  it("'and, in a later statement, proposed'", () => {
    const doc = run(
      "President Lars Holm received Prime Minister Ana Berg at the palace on Tuesday and, in a later statement, proposed a joint fund for Arctic research.",
      "2026-03-11",
    );
    expect(doc.proposals[0]?.speaker).toBe("Lars Holm");
  });
});
