// "The Prime Minister's Office", "the President's Residence": an office's building or service is a place, not a
// reference to the holder of the office (issue #11, names: buildings and ministries used as metonyms are not people).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a role before 's Office", () => {
  it("adds no participant to the encounter told in its sentence", () => {
    const body =
      "Greek Prime Minister Nikos Pappas received Israeli Foreign Minister Ron Levi in Athens on Monday.\n\n" +
      "On Tuesday, Israeli President Yael Ben-Ami received Cypriot President Andreas Georgiou at the Prime Minister's Office in Jerusalem.";
    const got = run(body, "2026-01-27").meetings.map((m) => [...m.participants].sort());
    expect(got).toEqual([
      ["Nikos Pappas", "Ron Levi"],
      ["Andreas Georgiou", "Yael Ben-Ami"],
    ]);
  });
});
