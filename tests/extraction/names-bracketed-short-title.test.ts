// An office's short form in brackets between title and name (issue #11, names; batch44-guided): in "Foreign Minister
// (Menlu) Sugiono and Defense Minister (Menhan) Sjafrie Sjamsoeddin", the bracketed word is the Indonesian short form of
// the office, so the one-word name after it is an official's, and both titles are read.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("'Foreign Minister (Menlu) Sugiono'", () => {
  const doc = run(
    "JAKARTA - Foreign Minister (Menlu) Sutrisno and Defense Minister (Menhan) Agus Wibowo received Australian Foreign Minister Jane Cole in Jakarta, Tuesday (10/2).",
    "2026-02-10",
  );

  it("makes a one-word name an official", () => {
    expect(official(doc, "Sutrisno")?.title).toBe("Foreign Minister");
  });

  it("keeps the title of a full name", () => {
    expect(official(doc, "Agus Wibowo")?.title).toBe("Defense Minister");
  });
});
