// A title's list of fields set off by commas, one of whose words could be a name (issue #11, names): "Commissioner for
// Agriculture, Rural Development, Blue Economy and Sustainable Environment, X" is X's title whole; "Blue" is a field's.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a list of fields with a word that could be a name", () => {
  const doc = run(
    "The minister will on Thursday meet the Commissioner for Trade, Industry, Blue Economy and Mining, Amani Kabore, in Addis Ababa.",
    "2026-03-10",
  );

  it("stays in the title, and the name after it is found", () => {
    expect(official(doc, "Amani Kabore")?.title).toBe("Commissioner for Trade, Industry, Blue Economy and Mining");
  });
});
