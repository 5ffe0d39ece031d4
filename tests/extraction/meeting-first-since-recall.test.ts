// "Later Monday, A met B ... It was their first face-to-face encounter since the two met in Geneva last September" (issue #11,
// meetings): "their first ... since" compares the encounter just told with the recalled one, so "the two" are that
// encounter's pair, not the report's first pair.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'their first ... since the two met'", () => {
  const told = meetings(
    "President Laura Brandt met Polish President Tomasz Nowicki at the castle on Monday, hours before the summit opened. Nowicki pressed Brandt to back the eastern shield. " +
      "Later Monday, Brandt met Moldovan President Ion Rusu on the sidelines of the summit. Rusu asked for more energy aid, an aide said. It was their first face-to-face encounter since the two met in Geneva last September.",
    "2026-07-08",
  );

  it("recalls the pair of the encounter just told", () => {
    expect(told).toContainEqual(["2025-09", "held", ["Ion Rusu", "Laura Brandt"]]);
  });

  it("not the report's first pair", () => {
    expect(told).not.toContainEqual(["2025-09", "held", ["Laura Brandt", "Tomasz Nowicki"]]);
  });
});
