// A restricted session told before the wider one in the same sentence, without a modifier-and-noun pair or with the
// wider one named by "then", "before" or "followed by" ("held a tête-à-tête meeting and then plenary talks of the
// delegations, attended by ...", "After a tête-à-tête of about an hour, the two presidents chaired the plenary
// session ...", "first met alone and then led an expanded meeting with ...", "with a private meeting with B, followed
// by an expanded meeting of both delegations in which ... took part", "held a one-on-one meeting at the palace before
// bilateral talks which included ..."): two encounters, the first of the pair alone (issue #11, meetings; batch39's
// convention). "held a closed-door meeting, followed by an expanded session with ministers" stays one (batch03's).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-05-08\nPresidents meet in Tallinn\n\n${body}\n`, { source: "t.txt" })
    .meetings.map((m) => [m.date ?? "", m.participants.slice().sort().join(" + ")])
    .sort((a, b) => a[1].length - b[1].length);

describe("a restricted session told before the wider one", () => {
  it("'held a tête-à-tête meeting and then plenary talks of the delegations, attended by'", () => {
    expect(
      meetings(
        "Chilean President Matías Olave began a state visit to Estonia yesterday at the invitation of Estonian President Arvo Kuusk.\n\n" +
          "After the welcome ceremony at Kadriorg, the two presidents held a tête-à-tête meeting and then plenary talks of the delegations, attended by Foreign Minister Kaarel Pärn and the Chilean Foreign Minister Inés Barros.",
      ),
    ).toEqual([
      ["2026-05-07", "Arvo Kuusk + Matías Olave"],
      ["2026-05-07", "Arvo Kuusk + Inés Barros + Kaarel Pärn + Matías Olave"],
    ]);
  });

  it("'After a tête-à-tête of about an hour, the two presidents chaired the plenary session, in the presence of'", () => {
    expect(
      meetings(
        "Estonian President Arvo Kuusk held talks yesterday in Tallinn with Chilean President Matías Olave, who has been on a state visit since Tuesday.\n\n" +
          "After a tête-à-tête of about an hour, the two presidents chaired the plenary session of the talks, in the presence of Foreign Minister Kaarel Pärn and the Chilean Foreign Minister Inés Barros.",
      ),
    ).toEqual([
      ["2026-05-07", "Arvo Kuusk + Matías Olave"],
      ["2026-05-07", "Arvo Kuusk + Inés Barros + Kaarel Pärn + Matías Olave"],
    ]);
  });

  it("'first met alone and then led an expanded meeting with their ministers'", () => {
    expect(
      meetings(
        "Estonian President Arvo Kuusk received Chilean President Matías Olave at Kadriorg Palace on Thursday.\n\n" +
          "The two presidents first met alone for half an hour and then led an expanded meeting with their foreign ministers, Kaarel Pärn and Inés Barros.",
      ),
    ).toEqual([
      ["2026-05-07", "Arvo Kuusk + Matías Olave"],
      ["2026-05-07", "Arvo Kuusk + Inés Barros + Kaarel Pärn + Matías Olave"],
    ]);
  });

  it("'ended the day with a private meeting with B, followed by an expanded meeting of both delegations in which ... took part'", () => {
    expect(
      meetings(
        "Chilean President Matías Olave ended on Thursday the first day of his visit to Estonia with a private meeting with President Arvo Kuusk at Kadriorg Palace, followed by an expanded meeting of both delegations in which Foreign Minister Inés Barros and Estonian Foreign Minister Kaarel Pärn took part.",
      ),
    ).toEqual([
      ["2026-05-07", "Arvo Kuusk + Matías Olave"],
      ["2026-05-07", "Arvo Kuusk + Inés Barros + Kaarel Pärn + Matías Olave"],
    ]);
  });

  it("'held a one-on-one meeting at the palace before bilateral talks which included A and B' (no 'with')", () => {
    expect(
      meetings(
        "Estonian Prime Minister Arvo Kuusk hailed a new chapter with Chile. Kuusk and Chilean Prime Minister Matías Olave yesterday signed a partnership statement in Tallinn. " +
          "The two leaders held a one-on-one meeting at Stenbock House before bilateral talks which included Estonian Foreign Minister Kaarel Pärn and Chilean Foreign Minister Inés Barros.",
      ),
    ).toEqual([
      ["2026-05-07", "Arvo Kuusk + Matías Olave"],
      ["2026-05-07", "Arvo Kuusk + Inés Barros + Kaarel Pärn + Matías Olave"],
    ]);
  });

  it("one encounter when 'followed by' the wider one: 'held a closed-door meeting, followed by an expanded session with ministers'", () => {
    expect(
      meetings(
        "Estonian Prime Minister Arvo Kuusk received Chilean Prime Minister Matías Olave at Stenbock House yesterday. Kuusk called it a new chapter, and Olave agreed.\n\n" +
          "The two leaders held a closed-door meeting that lasted an hour, followed by an expanded session with ministers.",
      ),
    ).toEqual([["2026-05-07", "Arvo Kuusk + Matías Olave"]]);
  });
});
