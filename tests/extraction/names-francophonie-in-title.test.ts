// La Francophonie is an organisation (issue #11, names): "the Minister of International Relations and La Francophonie,
// X," names one official, X; "La Francophonie" is the portfolio's field, no person.
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("La Francophonie in a title", () => {
  it("is no official", () => {
    const doc = run(
      "The Minister of Foreign Affairs and La Francophonie, Ibrahima Diallo, met the President of the Senate, Gérard Larcher, in Paris on Monday. The Minister will travel to Brussels on Thursday to meet the Minister-President of Wallonia, Adrien Dolimont.",
      "2026-02-10",
    );
    expect(names(doc)).not.toContain("La Francophonie");
    expect(doc.meetings.find((m) => m.participants.includes("Adrien Dolimont"))?.participants).toContain("Ibrahima Diallo");
  });
});
