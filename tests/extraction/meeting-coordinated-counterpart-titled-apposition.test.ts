// A coordinated subject whose second member is a counterpart with a title in apposition (issue #11, meetings): "A and his
// British counterpart, Permanent Under-Secretary Sir B, co-chaired X" is a session of A and B.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a counterpart with a titled apposition", () => {
  it("is the second party", () => {
    expect(meetings("Foreign Secretary Ram Bahadur Karki and his British counterpart, Permanent Under-Secretary Sir Oliver Dunn, co-chaired the Bilateral Consultation Mechanism in London on 12 August.", "2026-12-04")).toEqual([["2026-08-12", "held", ["Oliver Dunn", "Ram Bahadur Karki"]]]);
  });
});
