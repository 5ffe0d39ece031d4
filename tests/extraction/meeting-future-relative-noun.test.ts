// A gathering's noun whose relative clause tells its future with a verb of encounter ("prepares the summit, which A and
// B will co-chair in Istanbul in December") is that one planned encounter, not a second one held in the past December
// (issue #11).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a noun and the future of its relative clause", () => {
  it("is one planned encounter", () => {
    expect(
      meetings("The meeting prepares the fifth Italy-Türkiye intergovernmental summit, which Prime Minister Giorgia Meloni and President Recep Tayyip Erdoğan will co-chair in Istanbul in December.", "2026-10-22"),
    ).toEqual([["2026-12", "planned", ["Giorgia Meloni", "Recep Tayyip Erdoğan"]]]);
  });

  it("a noun whose relative clause tells its past stays", () => {
    expect(meetings("Prime Minister Giorgia Meloni recalled the summit, which she co-chaired with President Recep Tayyip Erdoğan in Rome in April.", "2026-10-22")).toEqual([
      ["2026-04", "held", ["Giorgia Meloni", "Recep Tayyip Erdoğan"]],
    ]);
  });
});
