// "X held a series of meetings on Friday on the sidelines of the forum. ... In his meeting with Y, X called on ...; In
// addition, X met with Z, who requested ..." (issue #11, meetings): an encounter of the one who opened a series, with no
// day of its own, is on the series' day, while no sentence since told another day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the day of a series of meetings", () => {
  const told = meetings(
    "Foreign Minister Nadia Haddad held a series of meetings on Friday on the sidelines of the Doha Forum, which focused on Gaza and the Red Sea. " +
      "Haddad met with Dutch Foreign Minister Pieter Jansen, whom she invited to visit Amman. Jansen, for his part, proposed a joint conference on water. " +
      "In her meeting with European Trade Commissioner Karel Novak, Haddad called on the EU to speed up its assistance. " +
      "In addition, Haddad met with Kenyan Foreign Minister Joseph Mwangi, who requested Jordan's support for the mission in Haiti.",
    "2026-02-15",
  );

  it("each encounter of the series is on its day", () => {
    expect(told).toContainEqual(["2026-02-13", "held", ["Karel Novak", "Nadia Haddad"]]);
    expect(told).toContainEqual(["2026-02-13", "held", ["Joseph Mwangi", "Nadia Haddad"]]);
  });
});
