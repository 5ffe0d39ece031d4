// A generational suffix or a company's abbreviation may close a sentence (issue #11, meetings): "... will meet President
// Ferdinand Marcos Jr. The King, Charles III, received ..." are two sentences, so the planned meeting keeps its month and
// the reception its own host; "Marcos Jr. in Manila" and "King Jr. Day" stay one sentence.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extraction/sentences.ts";
import { meetings } from "./helpers.ts";

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => s.text);

describe("'Jr.' before a word that opens a sentence", () => {
  it("ends the sentence", () => {
    expect(split("He will meet President Ferdinand Marcos Jr. The two leaders will discuss trade.")).toEqual([
      "He will meet President Ferdinand Marcos Jr.",
      "The two leaders will discuss trade.",
    ]);
  });

  it("but not before a word of the phrase", () => {
    expect(split("He met Marcos Jr. in Manila. The Martin Luther King Jr. Day events went on.")).toEqual(["He met Marcos Jr. in Manila.", "The Martin Luther King Jr. Day events went on."]);
  });

  it("so the encounters of the two sentences stay apart", () => {
    const got = meetings(
      "Japanese Prime Minister Ishiba Shigeru will visit Manila in April, where he will meet President Ferdinand Marcos Jr. The King, Charles III, received Prime Minister Mark Carney at Buckingham Palace on Wednesday.",
      "2026-03-13",
    );
    expect(got).toEqual([
      ["2026-04", "planned", ["Ferdinand Marcos Jr", "Ishiba Shigeru"]],
      ["2026-03-11", "held", ["Charles III", "Mark Carney"]],
    ]);
  });
});
