// A plural title names each person after it (issue #11, names): the second may be a one-word name.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("one-word name second after a plural title", () => {
  it("is an official with the shared title", () => {
    const doc = run("SINGAPORE: Prime Minister Lawrence Wong hosted Indonesian President Prabowo Subianto on Thursday. They were joined by Defence Ministers Chan Chun Sing and Sjafrie, and by other ministers.", "2026-04-02");
    expect(names(doc)).toEqual(expect.arrayContaining(["Chan Chun Sing", "Sjafrie"]));
    expect(official(doc, "Sjafrie")?.title).toBe("Defence Ministers");
  });
  it("a singular title does not reach past 'and'", () => {
    const doc = run("SINGAPORE: Defence Minister Chan Chun Sing and Sjafrie spoke on Thursday.", "2026-04-02");
    expect(names(doc)).not.toContain("Sjafrie");
  });
});
