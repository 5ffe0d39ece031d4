// Two prime ministers whose titles name no country (issue #11, countries): the report's context tells them apart
// (whom the visitor called on, who invited whom), rather than giving both, or each, the other's country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("two leaders with the same unqualified title", () => {
  it("'A conveyed his greetings to Prime Minister B and invited him to visit India': the invited is not the host", () => {
    const doc = run(
      "NEW DELHI – External Affairs Minister Arun Mehta held talks with his Australian counterpart Claire Dunn here on Thursday. Dunn also called on Prime Minister Vikram Rao. Rao conveyed his warm greetings to Prime Minister Thomas Reid and invited him to visit India later this year. India and Australia agreed to deepen trade.",
      "2026-03-12",
    );
    expect(official(doc, "Claire Dunn")?.country).toBe("AU");
    expect(official(doc, "Vikram Rao")?.country).toBe("IN");
    expect(official(doc, "Thomas Reid")?.country).toBe("AU");
  });

  it("a country after a word of travel is a destination, not the sentence's people's country", () => {
    const doc = run("President Omar Haddad invited President Lina Torres to visit Tunisia next year, the statement said.", "2026-03-12");
    expect(official(doc, "Lina Torres")?.country).not.toBe("TN");
  });
});

describe("whose counterpart a demonym qualifies", () => {
  it("'Foreign Minister X and her Rwandan counterpart, Y': X is of the report's other country", () => {
    const doc = run(
      "Mozambican President Daniel Chapo held talks in Kigali with his Rwandan counterpart, Paul Kagame, on Wednesday. At the end of the talks, Foreign Minister Ana Tembe and her Rwandan counterpart, Jean Habimana, signed a cooperation agreement. Rwanda and Mozambique will meet again in Maputo.",
      "2026-11-12",
    );
    expect(official(doc, "Ana Tembe")?.country).toBe("MZ");
    expect(official(doc, "Jean Habimana")?.country).toBe("RW");
  });
});
