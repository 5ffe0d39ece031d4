// A timeline entry's own date is less precise than a day its sentence gives (issue #11, meetings): "January 2026 -
// President A is received by B at the Kantei on January 27." is a reception of January 27.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a timeline entry with a day in its sentence", () => {
  const doc = extract(
    [
      " date 2026-09-18",
      "A timeline of key moments",
      "",
      "2024 - Japan funds the upgrade of the airport terminal.",
      "",
      "January 2026 - President Tomas Rekai is received by Prime Minister Yuki Mori at the Kantei on January 27.",
      "",
      "August 2026 - President Rekai and Foreign Minister Ken Abe speak by phone about fisheries.",
    ].join("\n"),
    { source: "test.txt" },
  );

  it("takes the sentence's day, and a present-tense call the entry's month", () => {
    expect(doc.meetings.map((m) => [m.date, m.kind, [...m.participants].sort()])).toEqual([
      ["2026-01-27", "reception", ["Tomas Rekai", "Yuki Mori"]],
      ["2026-08", "phone_call", ["Ken Abe", "Tomas Rekai"]],
    ]);
  });
});
