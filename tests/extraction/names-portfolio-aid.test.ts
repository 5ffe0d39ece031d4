// "Minister for Foreign Trade and Development Aid Hanneke Boerma": "Aid" ends the portfolio, it does not open the name
// (issue #11, names; batch49-guided).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a portfolio ending in 'Aid' before a name", () => {
  it("keeps 'Aid' in the title", () => {
    const doc = run("Foreign Minister Jan de Vries was joined at the talks by Minister for Foreign Trade and Development Aid Hanneke Boerma.", "2026-10-21");
    expect(official(doc, "Hanneke Boerma")?.title).toBe("Minister for Foreign Trade and Development Aid");
  });
});
