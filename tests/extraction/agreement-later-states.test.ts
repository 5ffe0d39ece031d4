// The later state of an instrument told after its signing in the same clause wins (issue #11): "signed in January 2022,
// is in force", "signed in 2016 and in force since 2020", "is formally in force but frozen"; a state told of the
// instrument it replaces does not; a form one files ("a customs declaration") is no instrument.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;

describe("a later state after the signing", () => {
  it("'signed in January 2022, is in force' is in force", () => {
    const doc = run("The Agreement on the Lakeside Railway, signed in January 2022, is in force, the two ministers said in Kigoma on Monday.", "2026-05-12");
    expect(status(doc, "Lakeside")).toBe("in_force");
  });

  it("'signed in 2016 and in force since 2020, will be updated' is in force", () => {
    const doc = run("The Agreement on the Avoidance of Double Taxation, signed in 2016 and in force since 2020, will be updated, the ministers said.", "2026-05-12");
    expect(status(doc, "Double Taxation")).toBe("in_force");
  });

  it("'is formally in force but frozen' is in force", () => {
    const doc = run("The Treaty of Friendship and Coordination, signed in 1991, is formally in force but has been frozen in practice.", "2026-05-12");
    expect(status(doc, "Friendship")).toBe("in_force");
  });

  it("a state told after 'revising the one' belongs to the instrument replaced", () => {
    const doc = run("Foreign Minister Ana Costa and Kenyan Foreign Minister Lee Kinyanjui signed an agreement on the avoidance of double taxation, revising the one in force since 1999.", "2026-05-12");
    expect(status(doc, "double taxation")).toBe("signed");
  });
});

describe("a form one files", () => {
  it("'a single customs declaration for cargo' is no instrument", () => {
    const doc = run("President Amos Banda proposed that the three governments adopt a single customs declaration for cargo moving along the corridor.", "2026-05-12");
    expect(doc.agreements).toEqual([]);
  });
});
