// "his Senegalese counterpart, the Minister of African Integration and Foreign Affairs, Mr. Cheikh Niang": the title's
// article between the counterpart noun and the title leaves the counterpart's country to the name (issue #11,
// countries; batch51-guided).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a counterpart with a title and its article before the name", () => {
  it("is of the counterpart's country", () => {
    const doc = run(
      "Nouakchott, 21/01/2026 (AMI) - The Minister of Foreign Affairs, Mr. Mohamed Salem Ould Merzoug, and his Senegalese counterpart, the Minister of African Integration and Foreign Affairs, Mr. Cheikh Niang, co-chaired on Tuesday in Nouakchott the works of the joint commission.",
      "2026-01-21",
    );
    expect(official(doc, "Cheikh Niang")?.country).toBe("SN");
  });
});
