// A welcome at the door and the talks of the same two on the same day are one encounter (issue #11, batch21): a
// caption "X greeted Y outside the chancellery on Tuesday" beside "X and Y held talks on Tuesday".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a welcome and the talks it opens", () => {
  it("'greeted' the same guest the day of their talks: one encounter", () => {
    const body = [
      "Kelanian Prime Minister Marta Voss and Miranian Prime Minister Ilan Serrat held talks in Veldran on Tuesday on energy and defence.",
      "Voss greeted Serrat outside the chancellery on Tuesday.",
    ].join("\n\n");
    expect(meetings(body, "2026-09-09")).toEqual([["2026-09-08", "held", ["Ilan Serrat", "Marta Voss"]]]);
  });

  it("a welcome of someone else that day stays apart", () => {
    const body = [
      "Kelanian Prime Minister Marta Voss and Miranian Prime Minister Ilan Serrat held talks in Veldran on Tuesday on energy and defence.",
      "King Oskar of Kelania received Serrat at the palace on Tuesday.",
    ].join("\n\n");
    expect(meetings(body, "2026-09-09")).toHaveLength(2);
  });
});
