// "the Iranian FM" (issue #11, proposals; batch44-guided): the abbreviation of a foreign minister is a role that refers
// to the one of that country the report named, whatever wording his title has ("Minister of Foreign Affairs").
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'the Iranian FM' as a speaker", () => {
  const doc = run(
    "Iraqi Deputy Prime Minister and Minister of Foreign Affairs Karim Hadi received on Wednesday his Iranian counterpart Reza Karimi in Baghdad. The two ministers discussed bilateral relations. During the talks, the Iranian FM called on Baghdad to expedite the completion of the railway.",
    "2025-09-17",
  );

  it("is the Iranian minister", () => {
    expect(doc.proposals.map((p) => [p.speaker, p.text])).toContainEqual(["Reza Karimi", "Baghdad to expedite the completion of the railway"]);
  });
});
