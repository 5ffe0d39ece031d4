// A meeting noun after "after (a)" or "following" is the encounter of its clause's people on the day the sentence before told (issue
// #11, meetings): "... signed here yesterday. The memorandum was signed by A and B after a bilateral meeting at the
// ministry." is a meeting of A and B yesterday, and an encounter told "earlier in the day" takes that day too.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("after a meeting", () => {
  it("is the signatories' encounter, on the day told before", () => {
    expect(
      meetings(
        "Malaysia and Vietnam agreed to speed up cooperation, with a memorandum on halal industry signed here yesterday. The memorandum was signed by Trade Minister Amir Hakim and Vietnam's Minister of Industry Tran Quoc Viet after a bilateral meeting at the ministry. Earlier in the day, Viet paid a courtesy call on Deputy Prime Minister Salleh Omar.",
        "2025-06-12",
      ),
    ).toEqual([
      ["2025-06-11", "held", ["Amir Hakim", "Tran Quoc Viet"]],
      ["2025-06-11", "held", ["Salleh Omar", "Tran Quoc Viet"]],
    ]);
  });

  it("with no article too", () => {
    expect(meetings("Hungary and Japan signed a memorandum in Tokyo on Wednesday. Minister Peter Kovacs signed the document with Yoji Muto, Japan's trade minister, following talks in which he asked for support.", "2025-09-18")).toEqual([["2025-09-17", "held", ["Peter Kovacs", "Yoji Muto"]]]);
  });
});
