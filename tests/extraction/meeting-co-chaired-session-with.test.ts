// "Later, the President and Prime Minister B co-chaired a roundtable on debt with Secretary-General C" (issue #11,
// meetings): the session a verb of chairing governs is its object, so the co-chairs and whoever they held it with are one
// encounter, not a pair of co-chairs and a pair of the noun's.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a session co-chaired with a third person", () => {
  const told = meetings(
    "On Wednesday, President Samuel Kiprono met Fijian Prime Minister Josefa Tora. Later, the President and Jamaican Prime Minister Andrea Clarke co-chaired a roundtable on debt and climate finance with Commonwealth Secretary-General Helen Morris.",
    "2026-10-30",
  );

  it("one encounter of the three", () => {
    expect(told).toContainEqual(["2026-10-28", "held", ["Andrea Clarke", "Helen Morris", "Samuel Kiprono"]]);
  });

  it("no pair split from it", () => {
    expect(told.filter(([, , people]) => (people as string[]).includes("Andrea Clarke"))).toHaveLength(1);
  });
});
