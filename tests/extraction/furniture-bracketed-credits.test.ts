// A wire's credits in brackets are furniture (issue #11, page furniture): "(Reporting by A in Tokyo; Additional reporting
// by B; Writing by C; Editing by D)" names journalists, not officials.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("bracketed credits", () => {
  it("name no officials", () => {
    const doc = run(
      "TOKYO, March 12 (Reuters) - Japanese Prime Minister Aiko Tanaka met Philippine President Jose Reyes in Tokyo on Thursday.\n(Reporting by Tim Kelly in Tokyo; Additional reporting by Karen Lema in Manila; Writing by John Geddie; Editing by Sam Holmes and Kim Coghill)\n",
      "2026-03-13",
    );
    expect(names(doc).sort()).toEqual(["Aiko Tanaka", "Jose Reyes"]);
  });
});
