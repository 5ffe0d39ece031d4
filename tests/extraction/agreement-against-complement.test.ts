// What a plan or convention is "against" is part of its title: "a joint action plan against irregular migration in the
// Darién", "the Convention against Corruption" (issue #11, agreements).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an instrument 'against' something", () => {
  it("keeps its complement", () => {
    const doc = run(
      "Foreign Minister Ana Rojas met her Panamanian counterpart Javier Marin in Bogotá on Monday. The ministers signed a joint action plan against irregular migration in the Darién and an agreement on air services.",
      "2026-03-11",
    );
    expect(doc.agreements.map((a) => a.title)).toEqual(["joint action plan against irregular migration in the Darién", "agreement on air services"]);
  });
});
