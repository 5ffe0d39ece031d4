// A nickname of several words tied to a person is used as a reference (issue #11, coreference): after "Mohamad Hasan,
// popularly known as Tok Mat", a later "Tok Mat urged ..." is Mohamad Hasan.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a nickname of several words", () => {
  const doc = run(
    "Deputy Prime Minister Ahmad Zahid Hamidi, widely known as Tok Jo, received Thai Deputy Prime Minister Phumtham Wechayachai in Putrajaya on Monday. Tok Jo urged Bangkok to reopen the Bukit Kayu Hitam rail crossing.",
    "2026-03-10",
  );

  it("refers back to its holder", () => {
    expect(doc.proposals.find((p) => p.text.includes("rail crossing"))?.speaker).toBe("Ahmad Zahid Hamidi");
  });
});
