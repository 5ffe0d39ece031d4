// A role of two title words as a subject ("The Secretary General thanked ...") is a reference to its holder, so a
// pronoun in the next sentence goes on with that holder, not with whoever was named last (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a two-word role as the subject", () => {
  it("'The Secretary General ... He called on' keeps the Secretary General as the speaker", () => {
    const doc = run(
      "Commonwealth Secretary General Amara Osei visited Ghana on Monday, where he met with President Kofi Mensah in Accra.\n\nThe Minister of Foreign Affairs, Ama Boateng, also took part in the meeting.\n\nThe Secretary General thanked Ghana for hosting the forum. He called on all members to raise their climate finance pledges by 2030.",
      "2026-05-12",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([["Amara Osei", "call"]]);
  });

  it("'the Chancellor Olaf Scholz' is still a title before a name", () => {
    const doc = run("Prime Minister Jan Novak met the Chancellor Olaf Scholz in Berlin on Monday. Scholz called on Novak to back the energy union.", "2026-05-12");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Olaf Scholz"]);
  });
});
