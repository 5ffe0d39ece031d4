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
