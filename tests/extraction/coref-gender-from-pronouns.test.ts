// The gender a resolved pronoun told holds for the later pronouns (issue #11, coreference): "A met President B, with
// whom she signed X. B invited A to Astana. The same day she hosted C" is A hosting C, not B.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a she told before", () => {
  it("is the one a later she refers to", () => {
    const m = meetings(
      "On December 19, Prime Minister Aiko Mori met Kazakh President Nurlan Bekov, with whom she signed a memorandum on minerals. Bekov invited Mori to Astana. The same day she hosted Uzbek President Timur Aliev.",
      "2025-12-22",
    );
    expect(m).toContainEqual(["2025-12-19", "held", ["Aiko Mori", "Timur Aliev"]]);
  });
});
