// "Merz proposed that the two governments hold their first intergovernmental consultations in Santiago next year": a
// gathering a proposal puts forward is the proposal's content, not a planned encounter; one the two sides agreed to hold
// is their plan (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const run = (sentence: string) => {
  const doc = extract(` date 2026-05-14 Germany, Chile deepen ties\n\nChancellor Friedrich Merz held talks with President José Antonio Kast in Berlin on Wednesday. ${sentence}\n`, { source: "t.txt" });
  return { meetings: doc.meetings.map((m) => [m.date, m.status]), proposals: doc.proposals.map((p) => p.speaker) };
};

describe("a gathering put forward", () => {
  it("is a proposal, not a planned encounter", () => {
    expect(run("Merz proposed that the two governments hold their first intergovernmental consultations in Santiago next year.")).toEqual({
      meetings: [["2026-05-13", "held"]],
      proposals: ["Friedrich Merz"],
    });
    expect(run("Kast suggested holding the first intergovernmental consultations in Santiago next year.").meetings).toEqual([["2026-05-13", "held"]]);
  });

  it("is a plan when the two agreed to hold it", () => {
    expect(run("The two leaders agreed to hold their first intergovernmental consultations in Santiago in March next year.").meetings).toContainEqual(["2027-03", "planned"]);
  });
});
