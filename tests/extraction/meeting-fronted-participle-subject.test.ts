// The subject after a fronted participial clause (issue #11, meetings): in "While being received in Bangkok by Prime
// Minister X on Wednesday, Foreign Minister Y also paid courtesy calls on A and B", the clause's objects end at its
// comma; Y is the subject of the calls, one encounter with each.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a fronted 'While being received by X' clause", () => {
  const got = meetings(
    "While being received in Bangkok by Prime Minister Somchai Wongsa on Wednesday, Foreign Minister Ahmad Rahman also paid courtesy calls on King Rama Chakri and Senate President Prasit Boonma.",
    "2026-03-13",
  );

  it("keeps its own reception", () => {
    expect(got).toContainEqual(["2026-03-11", "held", ["Ahmad Rahman", "Somchai Wongsa"]]);
  });

  it("leaves the main clause its subject", () => {
    expect(got).toContainEqual(["2026-03-11", "held", ["Ahmad Rahman", "Rama Chakri"]]);
    expect(got).toContainEqual(["2026-03-11", "held", ["Ahmad Rahman", "Prasit Boonma"]]);
  });
});
