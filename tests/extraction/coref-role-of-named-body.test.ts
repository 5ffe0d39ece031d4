// A capitalised word before a role that names no country names the body or the field of the office (issue #11,
// coreference): "the Foreign Secretary" is the Secretary of Foreign Affairs, not the Secretary-General named with him;
// "the ANC secretary-general" the one whose title names the ANC.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a role with the word of its office", () => {
  it("is the holder whose title has that word", () => {
    const m = meetings(
      "Secretary-General Rosa Mendel of the Pacific Secretariat and Mexico's Secretary of Foreign Affairs, Tomás Ibarra, met in Suva on Wednesday. The Foreign Secretary had earlier held talks in Nadi on Tuesday with Prime Minister Sitiveni Vula.",
      "2026-03-12",
    );
    expect(m).toContainEqual(["2026-03-10", "held", ["Sitiveni Vula", "Tomás Ibarra"]]);
  });
});
