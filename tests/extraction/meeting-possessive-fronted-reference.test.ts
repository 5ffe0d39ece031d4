// "In his talks with Okafor, held over lunch, Ortiz suggested ..." (issue #11, meetings): a fronted meeting noun after a
// possessive, with no day of its own, is the encounter of that pair told before, on its day, not the day a clause of the
// sentence before told for something else.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a possessive fronted meeting after the pair's encounter was told", () => {
  const told = meetings(
    "President Maria Ortiz held separate meetings with Nigerian President Emeka Okafor and Canadian Prime Minister Owen Blake in Seville on Thursday. " +
      "Ortiz also raised the port tariffs, an issue first discussed by the two trade ministers on Tuesday. " +
      "In his talks with Okafor, held over lunch at the Nigerian delegation's hotel, Ortiz suggested that the two countries set up a joint shipping committee.",
    "2026-06-05",
  );

  it("keeps the day of the encounter told before", () => {
    expect(told).toContainEqual(["2026-06-04", "held", ["Emeka Okafor", "Maria Ortiz"]]);
  });

  it("is not dated by the clause of the sentence before", () => {
    expect(told.some(([date]) => date === "2026-06-02")).toBe(false);
  });
});
