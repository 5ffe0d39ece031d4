// A fronted gathering before the title (issue #11, names and countries): in "On the margins of the 39th AU Summit, Foreign
// Minister X held talks", the comma after the gathering's noun ends the title; "AU" (the African Union, not Australia's
// code) gives X no country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a gathering's noun before a comma and a title", () => {
  const doc = run(
    "ADDIS ABABA - On the margins of the 39th AU Summit, Foreign Minister Selam Tesfaye held talks with the Chairperson of the African Union Commission, Mahmoud Ali Youssouf, on February 13.",
    "2026-02-20",
  );

  it("is no part of the title", () => {
    expect(official(doc, "Selam Tesfaye")?.title).toBe("Foreign Minister");
    expect(official(doc, "Selam Tesfaye")?.country).not.toBe("AU");
  });
});
