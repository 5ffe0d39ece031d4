// Agreement statuses told by a stage of the instrument's life (issue #11, agreements): signed in principle (proposed),
// initialled (under negotiation), in force after its signing, "to replace the one signed in ..." (the cue describes the
// old instrument), "negotiations on the proposed ..." (the adjective yields to the governing noun), and "which is to be
// signed" (a clause telling what is still to come).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const statusOf = (body: string, words: string) => {
  const doc = run(body, "2024-05-14");
  const a = doc.agreements.find((x) => x.title.includes(words));
  if (!a) throw new Error(`no agreement with "${words}" in ${JSON.stringify(doc.agreements.map((x) => x.title))}`);
  return a.status;
};

describe("stages of an instrument's life", () => {
  it.each([
    ["The ministers said a memorandum on pension rights was signed in principle and will be signed formally next year.", "pension rights", "proposed"],
    ["The two delegations initialled an agreement on labour mobility, which is to be finalised by December.", "labour mobility", "under_negotiation"],
    ["The Convention for the Avoidance of Double Taxation, signed in 2011, has been in force since March 2013.", "Double Taxation", "in_force"],
    ["Ghana and Togo are negotiating an agreement on the promotion of investments to replace the one signed in 1998.", "promotion of investments", "under_negotiation"],
    ["The ministers agreed to accelerate negotiations on the proposed Ghana-Togo Free Trade Agreement.", "Ghana-Togo", "under_negotiation"],
    ["Ghana and Togo are negotiating a memorandum on border trade, which is to be signed at the next summit.", "border trade", "under_negotiation"],
  ])("%s", (body, words, status) => {
    expect(statusOf(body, words)).toBe(status);
  });

  it("'the proposed X' with no other cue is still proposed", () => {
    expect(statusOf("Officials discussed the proposed Ghana-Togo Free Trade Agreement on Monday.", "Ghana-Togo")).toBe("proposed");
  });
});
