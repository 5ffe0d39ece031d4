// A masthead written with its full stop (issue #11, page furniture; batch46-guided): "africanews." above the menu is
// the outlet's name, not a sentence that ends the search for the headline below the page's chrome.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/reader.ts";

describe("a one-word masthead with a full stop", () => {
  it("is chrome above the headline", () => {
    const read = readDocument(
      " date 2025-10-16\nnewsbrand.\nLive | Latest | News | Business | Sport\nGhana | Togo\nGhana, Togo agree to build a new border post at Aflao\nBy Staff Writer\n\nGhana and Togo on Thursday agreed to build a new border post at Aflao, officials said.\n",
    );
    expect(read.title).toBe("Ghana, Togo agree to build a new border post at Aflao");
  });

  it("while a dateline alone on its line is no masthead", () => {
    const read = readDocument(" date 2025-10-16\nACCRA.\nGhana and Togo on Thursday agreed to build a new border post at Aflao, officials said.\n");
    expect(read.title).toBeNull();
  });
});
