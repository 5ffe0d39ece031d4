import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("a generational suffix after a comma", () => {
  it("stays in the name and is never its short form", () => {
    const doc = run("President Ramon T. Santos, Jr. met Japanese Prime Minister Kenji Watanabe in Manila. Santos said ties were strong. Senator Carlos Reyes, Sr. also attended.");
    expect(names(doc)).toEqual(["Ramon T. Santos, Jr", "Kenji Watanabe", "Carlos Reyes, Sr"]);
    expect(official(doc, "Ramon T. Santos, Jr")?.aliases).toEqual(["Santos"]);
  });

  it("names the same person as the form without the comma", () => {
    const doc = run("President Ramon T. Santos, Jr. met Japanese Prime Minister Kenji Watanabe in Manila. Later, Ramon T. Santos Jr. flew home.");
    expect(names(doc)).toEqual(["Ramon T. Santos, Jr", "Kenji Watanabe"]);
  });
});
