// "The top Iranian diplomat" is the foreign minister, not the deputy foreign minister named last (issue #11, proposals:
// acts given to another official of the same side; batch49-guided).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'the top diplomat'", () => {
  it("is the foreign minister of its country", () => {
    const body =
      "Iranian Foreign Minister Reza Karimi met his Armenian counterpart Aram Petrosyan in Tehran on Wednesday. Iran's Deputy Foreign Minister Majid Sadeghi and Armenia's ambassador Grigor Avetisyan were also present.\n\n" +
      "The top Iranian diplomat said his country supports peace in the region. He proposed that the next meeting of the regional platform be held in Tehran in the autumn.";
    expect(run(body, "2026-07-02").proposals.map((p) => p.speaker)).toEqual(["Reza Karimi"]);
  });
});
