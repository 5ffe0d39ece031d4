// "the Minister of Energy, Bogdan Ivan, the Deputy Prime Minister of the Republic of Moldova, Cristina Gherasimov": in a
// list of titles each set before its name, the title after a name is the next person's, and so is its country (issue
// #11, countries; batch49-guided).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a list of 'the Title, Name' pairs", () => {
  it("gives each title to the name after it", () => {
    const doc = run(
      "Prime Minister Ilie Bolojan hosted Moldovan Prime Minister Alexandru Munteanu in Bucharest on Thursday.\n\nThe joint meeting was attended, among others, by the Minister of Foreign Affairs, Oana Toiu, the Minister of Energy, Bogdan Ivan, the Deputy Prime Minister for European Integration of the Republic of Moldova, Cristina Gherasimov, and the Minister of Energy of the Republic of Moldova, Dorin Junghietu.",
      "2026-03-06",
    );
    expect(["Bogdan Ivan", "Cristina Gherasimov", "Dorin Junghietu"].map((n) => official(doc, n)?.country)).toEqual(["RO", "MD", "MD"]);
  });
});
