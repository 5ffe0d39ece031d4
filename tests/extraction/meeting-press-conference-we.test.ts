// At a joint press conference of two speakers, a turn's "we" is its speaker and the other (issue #11, meetings): "We
// spoke by phone in February" under "Prime Minister A:" is a call of A and B; a label opening the sentence itself is
// no subject of the sentence's verb.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const transcript = (turn: string) =>
  extract(
    [
      " date 2026-04-16",
      "Joint press statements",
      "",
      "President Lena Marsh:",
      "President Haddad, welcome to Valletta.",
      "",
      "President Omar Haddad:",
      "Thank you, Lena.",
      "",
      turn,
    ].join("\n"),
    { source: "test.txt" },
  ).meetings.map((m) => [m.date, m.kind, [...m.participants].sort()]);

describe("a joint press conference's we", () => {
  it("is both speakers, the label on its own line", () => {
    expect(transcript("President Lena Marsh:\nWe last met in Rome in January.")).toEqual([["2026-01", "meeting", ["Lena Marsh", "Omar Haddad"]]]);
  });

  it("is both speakers, the label opening the sentence", () => {
    expect(transcript("President Marsh: We spoke by phone in February.")).toEqual([["2026-02", "phone_call", ["Lena Marsh", "Omar Haddad"]]]);
  });
});
