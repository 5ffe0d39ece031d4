// A coordinated subject whose names each carry their country after them (issue #11, meetings): "A of Croatia and B of
// Sweden held talks" is an encounter of A and B, as "Croatian A and Swedish B held talks" is.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("A of X and B of Y as the subject", () => {
  it("is both parties", () => {
    for (const verb of ["held talks", "spoke by telephone", "held consultations"]) {
      expect(meetings(`Foreign Minister Ana Kovac of Croatia and Foreign Minister Lars Ekberg of Sweden ${verb} on Tuesday.`, "2026-03-12").map((m) => m[2])).toEqual([["Ana Kovac", "Lars Ekberg"]]);
    }
  });
});
