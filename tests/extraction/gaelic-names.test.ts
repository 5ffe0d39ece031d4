// A Gaelic family name with a second capital ("McClay", "MacKay") is a name word, not an acronym (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("Mc and Mac family names", () => {
  it.each([
    ["Canada's trade minister Mary MacKay", "Mary MacKay", "CA"],
    ["New Zealand's foreign minister Winston McKenzie", "Winston McKenzie", "NZ"],
  ])("%s", (phrase, name, country) => {
    const doc = run(`New Delhi: Prime Minister Narendra Modi met ${phrase} on Thursday.`, "2026-04-02");
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.country).toBe(country);
  });
});
