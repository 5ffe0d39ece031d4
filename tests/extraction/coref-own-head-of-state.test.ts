// "On Wednesday, President A met with the President of Poland B ... The head of state proposed ...": an unqualified
// "the head of state" is the report's own leader, the one it has named most so far (not counting later sentences), and,
// named as often, the one it names first, the subject of the sentence naming both (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const speakers = (body: string) => extract(` date 2026-06-25 Presidents meet in Vilnius\n\n${body}\n`, { source: "t.txt" }).proposals.map((p) => p.speaker);

const LEAD =
  "On Wednesday, President Gitanas Nausėda met in the Presidential Palace with the President of the Republic of Poland Karol Nawrocki, who is on a working visit to Lithuania. The meeting was also attended by the Chief Foreign Policy Adviser to the President, Asta Skaisgirytė. The Presidents discussed regional security.";

describe("an unqualified 'the head of state'", () => {
  it("is the leader the report names first when both are named as often so far", () => {
    expect(speakers(`${LEAD} The head of state proposed that Lithuania and Poland hold joint exercises every year.`)).toEqual(["Gitanas Nausėda"]);
  });

  it("is not the guest the report names more often only after it", () => {
    expect(
      speakers(
        `${LEAD} The head of state proposed that Lithuania and Poland hold joint exercises every year. President Karol Nawrocki asked Lithuania to protect minority rights. In the afternoon, President Karol Nawrocki met Prime Minister Inga Ruginienė.`,
      )[0],
    ).toBe("Gitanas Nausėda");
  });
});
