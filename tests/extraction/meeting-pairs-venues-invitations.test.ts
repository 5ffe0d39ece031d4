// Three readings of an encounter's sentence (issue #11): "The two met ..." and "The pair last spoke ..." are the
// report's pair; a gathering after "at" that a verb's encounter takes place at is no encounter of its own; an invitation
// to an event ("invited X to the Trade and Investment Summit in October") is no encounter.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const lead = "Cook Islands Prime Minister Mark Brown held talks with New Zealand Foreign Minister Winston Peters in Avarua on Tuesday.";

describe("'the two' and 'the pair' before a verb", () => {
  it.each([
    ["The two met for nearly three hours, joined by Deputy Prime Minister Albert Nicholas.", ["2026-06-09", "held", ["Albert Nicholas", "Mark Brown", "Winston Peters"]]],
    ["The pair last spoke in a video call in March.", ["2026-03", "held", ["Mark Brown", "Winston Peters"]]],
  ])("%s", (sentence, expected) => {
    expect(meetings(`${lead} ${sentence}`, "2026-06-10")).toContainEqual(expected);
  });

  it("'the two countries' is no group", () => {
    expect(meetings(`${lead} The two countries signed a memorandum.`, "2026-06-10")).toEqual([["2026-06-09", "held", ["Mark Brown", "Winston Peters"]]]);
  });
});

describe("a gathering where the verb's encounter takes place", () => {
  it("is no second encounter", () => {
    expect(meetings("Prime Minister Fiame Mata'afa is expected to meet Prime Minister Anthony Albanese at this year's Forum leaders' meeting in Koror in August.", "2026-05-14")).toEqual([
      ["2026-08", "planned", ["Anthony Albanese", "Fiame Mata'afa"]],
    ]);
  });
});

describe("an invitation to an event", () => {
  it("is no encounter", () => {
    expect(meetings("President Julius Maada Bio invited President Joseph Nyuma Boakai to the Sierra Leone Trade and Investment Summit in Freetown in October.", "2026-05-27")).toEqual([]);
  });
});
