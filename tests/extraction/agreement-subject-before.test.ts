// Instruments named by what comes before them (issue #11, agreements): "delimited by a 1986 agreement" (the year names
// it) and "The realignment of X, under an agreement that entered into force in 2024," (the subject is its topic).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.title, a.status]);

describe("instruments named before their head", () => {
  it("'a 1986 agreement ..., which remains in force' is an instrument in force", () => {
    const doc = run("The river boundary was delimited by a 1992 agreement after long talks, which remains in force.", "2026-08-14");
    expect(rows(doc)).toEqual([["1992 agreement", "in_force"]]);
  });

  it("a year after a word that is no determiner does not name one", () => {
    const doc = run("In 1992 agreement was reached on the river boundary.", "2026-08-14");
    expect(doc.agreements).toEqual([]);
  });

  it("'The N of X, under an agreement that entered into force in March 2024,' is the agreement on the N of X", () => {
    const doc = run("The joint management of the Lake Tana fisheries, under an agreement that entered into force in March 2024, was working well, the ministers noted.", "2026-08-14");
    expect(rows(doc)).toEqual([["agreement on the joint management of the Lake Tana fisheries", "in_force"]]);
  });

  it("a bare 'under the agreement' without a relative clause stays generic", () => {
    const doc = run("The sharing of the water, under the agreement, will be reviewed every year.", "2026-08-14");
    expect(doc.agreements).toEqual([]);
  });
});
