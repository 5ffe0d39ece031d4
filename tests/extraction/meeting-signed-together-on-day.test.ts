// Two people signing together on a day told met (issue #11, meetings): "Japanese Prime Minister A and Philippine
// President B signed a reciprocal access agreement in Tokyo on Thursday" is their meeting that day; an instrument
// signed by one person, or a day that dates a saying after a comma ("..., the ministry said on Thursday"), is not.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'A and B signed an agreement in Tokyo on Thursday'", () => {
  it("is their meeting that day", () => {
    expect(meetings("TOKYO, March 12 - Japanese Prime Minister Aiko Tanaka and Philippine President Jose Reyes signed a reciprocal access agreement in Tokyo on Thursday.", "2026-03-13")).toEqual([
      ["2026-03-12", "held", ["Aiko Tanaka", "Jose Reyes"]],
    ]);
  });

  it("but one person's signing is not", () => {
    expect(meetings("TOKYO, March 12 - Japanese Prime Minister Aiko Tanaka signed a decree on defence exports in Tokyo on Thursday.", "2026-03-13")).toEqual([]);
  });
});
