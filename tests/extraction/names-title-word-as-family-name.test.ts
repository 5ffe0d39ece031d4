// A title word that is also a family name closes a given name right after a title (issue #11, names): "Minister for
// Resources Madeleine King, who ..." is Madeleine King ("King" in titles.json `titleFamilyNames`); "King Charles" stays a
// title and a name.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a title word as a family name", () => {
  it("closes the name after a title", () => {
    expect(names(run("The memorandum was signed by Australia's Minister for Resources Madeleine King, who is leading a delegation, and Foreign Minister Julia Bishop. King Charles received them.", "2025-09-11")).sort()).toEqual(["Charles", "Julia Bishop", "Madeleine King"]);
  });
});
