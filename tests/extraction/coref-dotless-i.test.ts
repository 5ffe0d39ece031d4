// A Turkish name written with and without its dotless i in one report ("Kacır", "Kacir") is one person (issue #11).
import { describe, expect, it } from "vitest";
import { fold } from "../../src/extraction/text.ts";
import { meetings } from "./helpers.ts";

describe("the dotless i", () => {
  it("folds to i", () => {
    expect(fold("Kacır")).toBe("kacir");
  });

  it("a short form without it refers to the full name with it", () => {
    const text = "Minister of Industry Mehmet Fatih Kacır met Minister Adolfo Urso in Rome on Tuesday. In the afternoon Kacir was received at the Farnesina by Foreign Minister Antonio Tajani.";
    expect(meetings(text, "2026-10-22")).toEqual([
      ["2026-10-20", "held", ["Adolfo Urso", "Mehmet Fatih Kacır"]],
      ["2026-10-20", "held", ["Antonio Tajani", "Mehmet Fatih Kacır"]],
    ]);
  });
});
