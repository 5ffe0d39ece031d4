// To see a titled person, still to come, is to meet him (issue #11, meetings): "is due to see Premier X tomorrow", "I will
// see Commissioner X in Brussels" are planned meetings; "hopes to see progress" is none.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("due to see someone", () => {
  it("is a planned meeting with a titled person only", () => {
    expect(meetings("Finance Minister Ana Lopes of Brazil is due to see Premier Wei Ming tomorrow. She hopes to see progress on beef.", "2026-03-10")).toEqual([["2026-03-11", "planned", ["Ana Lopes", "Wei Ming"]]]);
  });
});
