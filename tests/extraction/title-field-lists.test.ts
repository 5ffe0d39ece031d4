// A title's list of fields may open with a word no gazetteer knows (issue #11, titles): "the Cabinet Secretary for
// Constitution, External Affairs and Culture, X" is one title; the comma after "Constitution" used to end it, and the
// person set off after it was lost.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a title's list of fields", () => {
  it("'the Cabinet Secretary for Constitution, External Affairs and Culture, X'", () => {
    const doc = run(
      "First Minister Ewan Campbell met Taoiseach Niamh Byrne in Dublin on Tuesday. The meeting was also attended by the Cabinet Secretary for Constitution, External Affairs and Culture, Alasdair Munro, and Ireland's Minister for Foreign Affairs, Aoife Kelly.",
      "2026-02-10",
    );
    expect(official(doc, "Alasdair Munro")?.title).toBe("Cabinet Secretary for Constitution, External Affairs and Culture");
    expect(names(doc)).toContain("Aoife Kelly");
  });

  it("one field alone before the comma stays as it was: 'the Minister for Constitution, X, said'", () => {
    const doc = run("The Minister for Constitution, Alasdair Munro, said on Tuesday that talks with Taoiseach Niamh Byrne went well.", "2026-02-10");
    expect(official(doc, "Alasdair Munro")?.title).toBe("Minister for Constitution");
  });
});
