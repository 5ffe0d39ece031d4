// A transcript's speaker label with the speaker's title before the name ("Prime Minister Ana Holm:", "Prime Minister
// Berg:"), alone on its line above the turn or before it on the same line, names the first person of that turn
// (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-05-06",
  "Joint press conference with Prime Minister Ana Holm and Prime Minister Piotr Berg",
  "Unofficial transcript.",
  "",
  "Prime Minister Ana Holm:",
  "Prime Minister Berg, dear Piotr, welcome to Stockholm. We have just concluded a good meeting. I invited Polish ferry operators to take part in the next tender for the Gotland routes.",
  "",
  "Prime Minister Piotr Berg:",
  "Thank you, Ana. I proposed today that our two governments hold a joint cabinet meeting in Gdańsk this winter.",
  "",
  "Prime Minister Berg: Yes. I asked Ana to consider a Swedish contribution to the Baltic mine-clearing group.",
].join("\n");

describe("speaker labels with titles", () => {
  it("give each first-person act its speaker", () => {
    const doc = extract(text, { source: "t.txt" });
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Ana Holm", "invitation"],
      ["Piotr Berg", "proposal"],
      ["Piotr Berg", "request"],
    ]);
  });
});
