// A hard wrap inside a list of titled names, cut right after a title word ("..., Senate Majority Leader\nJuan Miguel
// Zubiri and ..."), in a report wrapped at a known width: the line has no lower-case word, yet it runs on into the
// name (issue #11). A headline of capitalised words before the report's first line still stands alone.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const lines = [
  " date 2026-10-21",
  "Sotto receives Australian Senate delegation",
  "",
  "Senate President Vicente Sotto III on Tuesday received a delegation",
  "from the Parliament of Australia led by the President of the Senate",
  "of Australia, Senator Sue Lines, at the Senate building in Pasay",
  "City. The two sides discussed maritime security, education and trade",
  "ties during the hour-long meeting.",
  "",
  "Senate President Pro Tempore Panfilo Lacson, Senate Majority Leader",
  "Juan Miguel Zubiri and Senator Imee Marcos, chair of the Committee",
  "on Foreign Relations, joined the courtesy call, as did Australian",
  "Ambassador to the Philippines Marc Innes-Brown.",
];

describe("a list of titled names cut after a title word", () => {
  const doc = extract(lines.join("\n"), { source: "t.txt" });

  it("keeps the sentence whole and the name found", () => {
    expect(doc.sentences.some((s) => s.text.startsWith("Senate President Pro Tempore Panfilo Lacson, Senate Majority Leader\nJuan Miguel Zubiri and"))).toBe(true);
    expect(doc.officials.map((o) => o.name)).toContain("Juan Miguel Zubiri");
  });

  it("brings every attendee to the call", () => {
    expect(doc.meetings.map((m) => [...m.participants].sort())).toEqual([
      ["Imee Marcos", "Juan Miguel Zubiri", "Marc Innes-Brown", "Panfilo Lacson", "Sue Lines", "Vicente Sotto III"],
    ]);
  });
});
