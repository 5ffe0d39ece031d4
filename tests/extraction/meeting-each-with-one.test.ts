// "A and B each held talks with C" is two encounters, each subject with C (issue #11, meetings); "A and B held talks with
// C" stays one.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("each with one", () => {
  it("splits the coordinated subject", () => {
    expect(meetings("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon each held talks with Japanese Prime Minister Sanae Takaichi in Tokyo on Saturday.", "2026-03-09").map((m) => m[2])).toEqual([
      ["Emomali Rahmon", "Sanae Takaichi"],
      ["Sadyr Japarov", "Sanae Takaichi"],
    ]);
    expect(meetings("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon held talks with Japanese Prime Minister Sanae Takaichi in Tokyo on Saturday.", "2026-03-09").map((m) => m[2])).toEqual([["Emomali Rahmon", "Sadyr Japarov", "Sanae Takaichi"]]);
  });
});
