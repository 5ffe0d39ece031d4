// A bare full name whose family name is later written after "Mr."/"Ms." is a person (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a family name after a form of address", () => {
  it("'Émile Durand's state visit', then 'signed by Mr. Durand and King Mohammed VI'", () => {
    const doc = run(
      "Foreign Minister Jean Morel was received in Rabat on Wednesday by his counterpart, Nasser Bourita, the latest sign of a thaw that began with Émile Durand's state visit in October 2024. The declaration, signed by Mr. Durand and King Mohammed VI in 2024, remains the framework.",
      "2026-04-23",
    );
    expect(names(doc)).toContain("Émile Durand");
  });

  it("a place named like a person stays unread without the address ('Port Louis')", () => {
    const doc = run("Foreign Minister Jean Morel arrived in Port Louis on Wednesday and met Prime Minister Navin Ramdas.", "2026-04-23");
    expect(names(doc)).not.toContain("Port Louis");
  });
});
