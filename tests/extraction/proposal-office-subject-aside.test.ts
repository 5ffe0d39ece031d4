// "The Chilean Foreign Minister, in turn, invited ...": an adverbial aside set off by commas between an office of a named
// country and its verb leaves the office the subject; the act is that country's holder's, not the last speaker's
// (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an office subject with an aside before its verb", () => {
  const body = (aside: string) =>
    `On 3 - 4 March 2026, Mr. Pedro Alves, Minister of Foreign Affairs, paid an official visit to Chile at the invitation of Alberto van Klaveren, Minister of Foreign Affairs of Chile. On 3 March 2026, the two Ministers held talks, during which the Minister proposed that both sides open a consulate in Valparaiso. The Chilean Foreign Minister${aside} invited Portugal to take part in the Pacific ports forum.`;

  it("', in turn,'", () => {
    const doc = run(body(", in turn,"), "2026-03-06");
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Pedro Alves", "proposal"],
      ["Alberto van Klaveren", "invitation"],
    ]);
  });

  it("', for his part,'", () => {
    const doc = run(body(", for his part,"), "2026-03-06");
    expect(doc.proposals[1]).toMatchObject({ speaker: "Alberto van Klaveren", addressee: "Portugal" });
  });
});
