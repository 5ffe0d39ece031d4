// The full stop of a generational suffix ends no coordinated subject (issue #11, meetings): "President Ferdinand Marcos
// Jr. and Prime Minister B talked by phone" is a call of both.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("A Jr. and B as the subject", () => {
  it("is both parties", () => {
    expect(meetings("President Ramon Cruz Jr. and Vietnamese Prime Minister Pham Van Dong talked by phone on Wednesday night.", "2025-08-21")).toEqual([["2025-08-20", "held", ["Pham Van Dong", "Ramon Cruz Jr"]]]);
  });
});
