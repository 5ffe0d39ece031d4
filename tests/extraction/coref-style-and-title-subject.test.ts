// A style of several words with the office's title words after it, opening a clause after a comma ("According to X, who
// briefed reporters, Samdech Thipadei Prime Minister welcomed ... and asked ...") is the person last named with that style
// (issue #11, coreference and proposals); the style may be written shorter than before the name ("Samdech Thipadei" for
// "Samdech Moha Borvor Thipadei").
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a style and a title as a clause's subject", () => {
  it("'Samdech Thipadei Prime Minister' after a fronted attribution", () => {
    const doc = run(
      "Samdech Moha Borvor Thipadei Keo Vanna, Prime Minister of the Kingdom of Cambodia, on 14 April 2026 received a courtesy call of His Excellency Lars Berg, Minister for Trade of Sweden. According to Mr. Ouk Rithy, Secretary of State of the Ministry of Commerce, who briefed the press after the meeting, Samdech Thipadei Prime Minister welcomed the visit of His Excellency Minister and asked the Swedish government to open a trade office in Phnom Penh.",
      "2026-04-14",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([["Keo Vanna", "request"]]);
  });

  it("'Samdech Thipadei' alone for the longer 'Samdech Moha Borvor Thipadei' written before the name", () => {
    const doc = run(
      "Samdech Moha Borvor Thipadei Keo Vanna, Prime Minister of the Kingdom of Cambodia, held talks on Monday with Lars Berg, Minister for Trade of Sweden. Samdech Thipadei proposed that the two sides open a direct flight.",
      "2026-04-14",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([["Keo Vanna", "proposal"]]);
  });
});
