// In an interview transcript, the interviewer's "you" is the official whose turn answers (issue #11, meetings):
// "HOST: Minister, you met X here yesterday." above "MINISTER A: ..." is a meeting of A and X.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("an interviewer's you", () => {
  const doc = extract(
    [
      " date 2026-05-06",
      "Interview: the trade minister",
      "",
      "JANE ROSS, ANCHOR: Earlier I spoke to the Minister of Trade, Omar Haddad.",
      "",
      "ROSS: Minister, you met New Zealand's trade minister, Tom Kerr, here yesterday. What did he want?",
      "",
      "OMAR HADDAD, MINISTER OF TRADE: Well, Jane, he came with a big delegation.",
    ].join("\n"),
    { source: "test.txt" },
  );

  it("is the answering official", () => {
    expect(doc.meetings.map((m) => [m.date, [...m.participants].sort()])).toEqual([["2026-05-05", ["Omar Haddad", "Tom Kerr"]]]);
  });
});
