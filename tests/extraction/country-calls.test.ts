// A third country named in what a call asks for is not a side of the report (issue #11, countries): "called on the EU to
// suspend its deal with Ruritania" must not make Ruritania the unqualified host's country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a country inside a call", () => {
  it("does not become the officials' country", () => {
    const doc = run(
      [
        "Prime Minister Bart De Wever received Kenyan President William Ruto in Brussels on Wednesday.",
        "Ruto called on the European Union to suspend its trade deal with Rwanda until Rwandan troops leave, and to review its Rwanda policy.",
        "Belgium and Kenya signed a memorandum of understanding on ports. The Kenyan president also met Foreign Minister Maxime Prévot.",
      ].join(" "),
      "2026-02-12",
      "Ruto presses EU on Rwanda trade deal",
    );
    expect(official(doc, "Bart De Wever")?.country).toBe("BE");
    expect(official(doc, "Maxime Prévot")?.country).toBe("BE");
  });
});
