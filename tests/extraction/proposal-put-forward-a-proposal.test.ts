// A proposal told as a noun the speaker puts forward (issue #11, proposals): "put forward a proposal to create X",
// "made a proposal for X", "tabled an initiative on X" are proposals of X; a proposal only referred to is none.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a proposal put forward", () => {
  const doc = run(
    "Foreign Minister Ana Kovac met Foreign Minister Lars Ekberg of Sweden in Stockholm on Monday. Kovac put forward a proposal to create a joint business forum. Ekberg made a proposal for joint patrols in the Baltic. The two sides also discussed the proposal on ferry links.",
    "2026-03-13",
  );

  it("is the speaker's proposal of what follows", () => {
    expect(doc.proposals.map((p) => [p.speaker, p.kind, p.text])).toEqual([
      ["Ana Kovac", "proposal", "create a joint business forum"],
      ["Lars Ekberg", "proposal", "joint patrols in the Baltic"],
    ]);
  });
});
