// Objects that ask nothing of anyone make no proposal (issue #11, proposals): the courtesies of a ceremony ("proposed a vote
// of thanks", "proposed a toast to the friendship of the two peoples") and a source's terms ("who requested anonymity");
// "proposed a joint working group" still is one.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("ceremonial 'proposed'", () => {
  it("a vote of thanks and a toast are not acts", () => {
    const doc = run(
      "Minister Anil Rao met German State Secretary Eva Klein in New Delhi on Monday. Rao proposed a joint working group on small enterprises. Director Jyoti Mehta proposed a vote of thanks, and Klein proposed a toast to the friendship of the two peoples.",
      "2026-03-11",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.text])).toEqual([["Anil Rao", "a joint working group on small enterprises"]]);
  });

  it("a source who 'requested anonymity' asks nothing", () => {
    const doc = run("Minister Anil Rao met State Secretary Eva Klein on Monday. A senior official who requested anonymity described the talks as frank.", "2026-03-11");
    expect(doc.proposals).toEqual([]);
  });
});
