// Talks with four to seven participants (issue #11, batch16 misses): a list of companions whose items open with ", the"
// and a title, and the other delegation named two sentences after the talks.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";


describe("companions and delegations of large talks", () => {
  it("'was accompanied by the Minister of X, A, the Minister of Y, B, and the Governor of Z, C. The other delegation included ...'", () => {
    const body = [
      "NAIROBI, 12 January – Prime Minister Rafael Omondi and the Prime Minister of the Republic of Chile, Ana Bravo, today held a four-eyes meeting followed by delegation-level talks at the Palace.",
      "The Prime Minister was accompanied by the Minister of Transport, Peter Kamau, the Minister of Home Affairs, John Otieno, and the Minister of Trade, David Mwangi.",
      "The Chilean delegation included the Minister for Foreign Affairs, Carlos Rojas.",
    ].join("\n\n");
    expect(meetings(body, "2026-01-12")).toEqual([
      ["2026-01-12", "held", ["Ana Bravo", "Carlos Rojas", "David Mwangi", "John Otieno", "Peter Kamau", "Rafael Omondi"]],
    ]);
  });
});

describe("'the Prime Minister' in a report on two prime ministers", () => {
  it("is the one the report is about, not the one named last", () => {
    const body = [
      "Prime Minister Rafael Omondi and the Prime Minister of the Republic of Chile, Ana Bravo, held talks in Nairobi on Monday.",
      "Omondi proposed a joint task force on floods.",
      "He also urged Chile to open its market.",
      "Prime Minister Bravo, for her part, called for faster customs clearance.",
      "The two leaders witnessed the exchange of a Memorandum of Understanding on Ports.",
      "Negotiations on a bilateral Agreement on Fisheries are ongoing, and both leaders tasked officials to conclude them.",
      "Earlier in the day, Transport Minister Peter Kamau and Chile's Minister for Transport, Juan Soto, held a working session on the rail link.",
      "On Sunday, the Prime Minister held a telephone conversation with the President of the Republic of Peru, Luis Ortega.",
    ].join("\n\n");
    expect(meetings(body, "2026-01-13")).toEqual([
      ["2026-01-12", "held", ["Ana Bravo", "Rafael Omondi"]],
      ["2026-01-12", "held", ["Juan Soto", "Peter Kamau"]],
      ["2026-01-11", "held", ["Luis Ortega", "Rafael Omondi"]],
    ]);
  });
});
