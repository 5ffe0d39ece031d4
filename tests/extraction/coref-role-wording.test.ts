// A role noun repeats the wording of the office it stands for (issue #11, coreference, batch16): in a release that
// calls its own minister "Federal Foreign Minister X" and the host "the Minister of Foreign Affairs ... of the Republic
// of Y, Z", "the Foreign Minister" is X, though Z was named last; a qualified or one-word role is left to its country
// and to the focus.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a role noun and the wording of titles", () => {
  it("'the Foreign Minister' is the one whose title says so, not the one a synonym matches", () => {
    const doc = run(
      "Federal Foreign Minister Hans Weber travelled to Tunis today for talks with the Minister of Foreign Affairs, Migration and Tunisians Abroad of the Republic of Tunisia, Ali Mansour. Minister Mansour, for his part, invited German companies to invest in the port of Rades. In the afternoon, the Foreign Minister was received by the Head of Government, Karim Saidi.",
      "2026-03-05",
    );
    const reception = doc.meetings.find((m) => m.participants.includes("Karim Saidi"));
    expect(reception?.participants).toEqual(expect.arrayContaining(["Hans Weber", "Karim Saidi"]));
    expect(reception?.participants).not.toContain("Ali Mansour");
  });
});

// "in the presence of the Prime Minister,\nMr. Mokhtar Ould Djay,": a title in apposition before a styled name is no
// reference to the other prime minister (batch49-guided).
describe("a title in apposition before a styled name", () => {
  it("leaves the later bare role to its own holder", () => {
    const body =
      "President Ahmed Salem received on Wednesday the Prime Minister of the Republic of Senegal, Mr. Oumar Ba, who is on a working visit.\n\n" +
      "The audience took place in the presence of the Prime Minister,\nMr. Sidi Ould Ahmed, and the Minister of Foreign Affairs, Mr. Cheikh Ould Brahim.\n\n" +
      "Yesterday evening, the Prime Minister, Mr. Sidi Ould Ahmed, and his Senegalese counterpart co-chaired the opening of the intergovernmental commission.\n\n" +
      "In his speech, the Prime Minister called on the two delegations to speed up the electricity interconnection.";
    expect(run(body, "2026-05-27").proposals.map((p) => p.speaker)).toEqual(["Sidi Ould Ahmed"]);
  });
});

// ("with the Commissioner for Internal Affairs and Migration, Mr. Magnus Brunner": a title with its field, in apposition
// before the name, is no reference to the other commissioner; batch47's leftover.)
describe("a title with its field in apposition before a styled name", () => {
  it("leaves 'The Commissioner' of the next sentence to that name", () => {
    const body =
      "On the sidelines of the Council, Mr. Bourita held a bilateral meeting with the Commissioner for the Mediterranean, Ms. Dubravka Suica.\n\n" +
      "On Wednesday, Ambassador Rachid Benmoussa held a video meeting with the Commissioner for Internal Affairs and Migration, Mr. Magnus Brunner. The Commissioner asked Morocco to speed up the identification of its nationals.";
    expect(run(body, "2026-05-21").proposals.map((p) => p.speaker)).toEqual(["Magnus Brunner"]);
  });
});
