// "X held back-to-back talks, first with A and later with B" tells two encounters, X with A and X
// with B, not one of three (issue #12); talks "with A and B" stay one encounter.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string) => run(body, "2024-07-09").meetings.map((m) => [m.kind, m.date, [...m.participants].sort()]);

describe("encounters in sequence", () => {
  it.each([
    "Indian Prime Minister Narendra Modi held back-to-back talks in New Delhi on Tuesday, first with Japanese Prime Minister Shigeru Ishiba and later with Australian Prime Minister Anthony Albanese.",
    "Indian Prime Minister Narendra Modi held talks in New Delhi on Tuesday with Japanese Prime Minister Shigeru Ishiba and then with Australian Prime Minister Anthony Albanese.",
  ])("%s", (body) => {
    expect(meetings(body)).toEqual([
      ["talks", "2024-07-09", ["Narendra Modi", "Shigeru Ishiba"]],
      ["talks", "2024-07-09", ["Anthony Albanese", "Narendra Modi"]],
    ]);
  });

  // The corpus convention (batch07 README): talks with leaders of two other countries are two bilateral meetings
  // unless the text calls them joint or trilateral.
  it("reads talks with leaders of two other countries as two encounters, and joint talks as one", () => {
    expect(meetings("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese in New Delhi on Tuesday.")).toEqual([
      ["talks", "2024-07-09", ["Narendra Modi", "Shigeru Ishiba"]],
      ["talks", "2024-07-09", ["Anthony Albanese", "Narendra Modi"]],
    ]);
    expect(meetings("Indian Prime Minister Narendra Modi held trilateral talks with Japanese Prime Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese in New Delhi on Tuesday.")).toEqual([
      ["talks", "2024-07-09", ["Anthony Albanese", "Narendra Modi", "Shigeru Ishiba"]],
    ]);
  });
});
