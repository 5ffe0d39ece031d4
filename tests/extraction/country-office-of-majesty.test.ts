// An officer of a monarch's office (issue #11, countries, batch35): "Director of the Office of His Majesty X" works for
// the report's monarch, whose style ends the title; with no country of his own he is of the one monarch's country the
// report names with a country of his own ("His Majesty King Abdullah II" of Jordan), even at a venue abroad.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the office of His Majesty", () => {
  it("is the report's monarch's", () => {
    const doc = run(
      [
        "DAVOS — His Majesty King Hassan II of Morocco on Wednesday held a series of meetings on the sidelines of the World Economic Forum in Davos, Switzerland.",
        "In a meeting with Swiss President Anna Keller, His Majesty discussed economic cooperation.",
        "His Majesty also met with Belgian Prime Minister Jan Peeters.",
        "Attending the meetings were Minister of Foreign Affairs Omar Bennani, Director of the Office of His Majesty Karim Tazi, and Morocco's Ambassador to Switzerland Leila Alaoui.",
        "On Thursday, His Majesty met with Lebanese Prime Minister Fadi Haddad, reaffirming Morocco's support for Lebanon.",
      ].join(" "),
      "2026-01-22",
      "King meets Swiss president, Belgian PM in Davos",
    );
    expect(official(doc, "Karim Tazi")?.country).toBe("MA");
  });
});
