// A working meal with a named guest, whatever verb brings the subject to it (issue #11, meetings): "travelled to Paris
// for a working lunch with President X" is an encounter with X, as "had a working lunch with X" is.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("for a working meal with someone", () => {
  it("is a meeting of the subject and the guest", () => {
    expect(meetings("Prime Minister Lena Berg travelled to Vienna on Tuesday for a working dinner with Chancellor Otto Kessler.", "2026-03-12")).toEqual([["2026-03-10", "held", ["Lena Berg", "Otto Kessler"]]]);
  });
});
