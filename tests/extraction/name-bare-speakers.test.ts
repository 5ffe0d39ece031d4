// A full name with no title, whose family name later opens a request on its own, is a person (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("a bare full name whose family name later calls on someone", () => {
  it("'held talks with Omar al-Rashid ... Al-Rashid called on banks to ...'", () => {
    const doc = run(
      "Chancellor Jane Holt held talks with Omar al-Rashid in Riyadh on Monday. Al-Rashid called on British banks to expand their presence in the kingdom.",
      "2026-02-10",
    );
    expect(names(doc)).toContain("Omar al-Rashid");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Omar al-Rashid"]);
  });
});
