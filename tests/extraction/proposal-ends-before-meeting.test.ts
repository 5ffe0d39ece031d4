// A proposal's content ends where the sentence tells the meeting it was made at (issue #11, proposals; batch44-guided):
// "asked Japan to support the railway during talks with Y", "..., during an audience granted ... to Y" ask for the
// railway, not for the talks.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const texts = (body: string) => run(body, "2025-10-22").proposals.map((p) => p.text);

describe("the meeting told after an act", () => {
  it("is no part of it without a comma, before 'with'", () => {
    expect(texts("President Manuel Costa on Tuesday asked Japan to support the financing of the Lobito railway during talks with Japanese Ambassador Kenji Sato.")).toEqual([
      "Japan to support the financing of the Lobito railway",
    ]);
  });

  it("is no part of it after a comma, for an audience", () => {
    expect(
      texts("President Manuel Costa on Tuesday asked Japan to support the financing of the Lobito railway, during an audience granted at the palace to Japanese Ambassador Kenji Sato."),
    ).toEqual(["Japan to support the financing of the Lobito railway"]);
  });

  it("while 'during' a period stays in it", () => {
    expect(texts("President Manuel Costa on Tuesday asked Japan to support Angolan farmers during the dry season.")).toEqual(["Japan to support Angolan farmers during the dry season"]);
  });
});
