// A title opens at its article (issue #11, names and countries; batch46-guided): in "received at Villa Somalia the
// Minister of Foreign Affairs of Ethiopia, X", the capitalised words before "the" are the place of the reception, not
// part of the guest's title, whose country is Ethiopia.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a place before the title's 'the'", () => {
  const doc = run(
    "President Ali Hassan Omar on Tuesday received at Villa Somalia the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, H.E. Tesfaye Bekele, who delivered a message.",
    "2026-06-03",
  );

  it("is no part of the title", () => {
    expect(official(doc, "Tesfaye Bekele")?.title).toBe("Minister of Foreign Affairs");
  });

  it("and the title's country is the guest's", () => {
    expect(official(doc, "Tesfaye Bekele")?.country).toBe("ET");
  });
});

describe("an article inside a title after its 'of'", () => {
  it("stays in the title", () => {
    const doc = run("Chairman of the Shura Council Ahmed Saleh met the visiting delegation on Tuesday.", "2026-06-03");
    expect(official(doc, "Ahmed Saleh")?.title).toBe("Chairman of the Shura Council");
  });
});
