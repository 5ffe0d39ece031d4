// A numbered item whose heading gives its date in brackets dates the encounters under it (issue #11, meetings): "3.
// Jakarta (May). Albanese met President X ..." is a meeting of May, as a round-up's entry line would tell.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("numbered items with their dates", () => {
  const doc = extract(
    [
      " date 2026-12-02",
      "The year in five encounters",
      "",
      "1. Beijing in Canberra (February). Foreign Minister Ana Wong hosted Chinese Foreign Minister Li Wei for the annual dialogue.",
      "",
      "2. The treaty comes alive (16 March). Prime Minister Tom Green and Papua New Guinea's Prime Minister John Kala held talks in Port Moresby, the treaty having entered into force in January.",
      "",
      "3. Jakarta (May). Green met President Budi Hartono at Merdeka Palace.",
    ].join("\n"),
    { source: "test.txt" },
  );

  it("take the item's date", () => {
    expect(doc.meetings.map((m) => [m.date, [...m.participants].sort()])).toEqual([
      ["2026-02", ["Ana Wong", "Li Wei"]],
      ["2026-03-16", ["John Kala", "Tom Green"]],
      ["2026-05", ["Budi Hartono", "Tom Green"]],
    ]);
  });
});
