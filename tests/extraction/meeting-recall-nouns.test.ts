// "Both Presidents recalled their previous encounter in Quito in December 2025" (issue #11, batch15): "encounter" is a
// meeting noun.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'encounter' as a meeting noun", () => {
  it("'Both Presidents recalled their previous encounter in Quito in December 2025'", () => {
    const body = [
      "President Tomas Ruvande and President of Moravia Oskar Pellan co-chaired on Thursday in Lusaka the Binational Cabinet Meeting.",
      "Both Presidents recalled their previous encounter in Quito in December 2025.",
    ].join("\n\n");
    expect(meetings(body, "2026-03-20")).toEqual([
      ["2026-03-19", "held", ["Oskar Pellan", "Tomas Ruvande"]],
      ["2025-12", "held", ["Oskar Pellan", "Tomas Ruvande"]],
    ]);
  });
});
