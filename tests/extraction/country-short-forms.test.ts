// Short forms several countries answer to (issue #11): "SA" is Saudi Arabia's code and South Africa's short form in its
// own press; the report's places, names and demonyms decide (countries.json `shortForms`).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a short form two countries answer to", () => {
  it("'SA' in a report set in Pretoria and Durban is South Africa", () => {
    const doc = run(
      "Trade Minister Thandi Mokoena met Kenyan Trade Minister Lee Kinyanjui in Pretoria on Tuesday. Kinyanjui urged SA to lower tariffs on tea, and the two agreed to meet in Durban in May. SA Deputy Minister Sipho Dlamini also attended.",
      "2026-03-04",
      "SA and Kenya talk trade",
    );
    expect(official(doc, "Sipho Dlamini")?.country).toBe("ZA");
  });

  it("'SA' in a report set in Riyadh stays Saudi Arabia", () => {
    const doc = run(
      "SA Foreign Minister Faisal Al-Harbi received Kenyan Foreign Minister Lee Kinyanjui in Riyadh on Tuesday.",
      "2026-03-04",
    );
    expect(official(doc, "Faisal Al-Harbi")?.country).toBe("SA");
  });

  it("'Sa' written as a word is no country", () => {
    const doc = run("Minister Sa Kim Lan met Kenyan Trade Minister Lee Kinyanjui in Pretoria on Tuesday.", "2026-03-04");
    expect(official(doc, "Lee Kinyanjui")?.country).toBe("KE");
  });
});
