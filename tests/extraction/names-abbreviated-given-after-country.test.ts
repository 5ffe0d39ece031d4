// A given name abbreviated with its full stop right after the country a title ends with (issue #11, names): "Secretary
// of Foreign Affairs of the Philippines Ma. Theresa Lazaro" is Ma. Theresa Lazaro; "Ma." is no word of the title's field
// as "Guard" is in "Commander of the Republican Guard Ali Hassan".
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("an abbreviated given name after a title's country", () => {
  const doc = run(
    "Secretary of Agriculture of the Philippines Ma. Cristina Reyes met Thai Minister of Agriculture Thamanat Prompow in Bangkok on Monday.",
    "2026-03-12",
  );

  it("opens the name", () => {
    expect(names(doc)).toContain("Ma. Cristina Reyes");
  });

  it("leaves the title without it", () => {
    expect(official(doc, "Ma. Cristina Reyes")?.title).toBe("Secretary of Agriculture");
  });
});
