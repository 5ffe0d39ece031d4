// Plans told in a trip report (issue #11, meetings): "is due to meet his Chinese counterpart again on Saturday on the
// margins of the summit's closing session" (the counterpart is the subject's, not that of someone in a relative clause
// before it; the closing session is where the meeting is to be, no encounter of its own); "flies to Tokyo on Sunday for
// talks with Y" (a present-tense trip with a later day is a plan).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("plans told in a trip report", () => {
  it("'A, who called B last month, is due to meet his Chinese counterpart again on Saturday on the margins of the session'", () => {
    const got = meetings(
      "Prime Minister Karl Hansen met Chinese President Li Wei on Thursday in Shenzhen. Chinese Foreign Minister Zhao Lin and New Zealand Foreign Minister Tom Berg also attended. Berg, who held a phone call with Zhao Lin last month, is due to meet his Chinese counterpart again on Saturday on the margins of the summit's closing session.",
      "2026-11-20",
    );
    expect(got).toContainEqual(["2026-11-21", "planned", ["Tom Berg", "Zhao Lin"]]);
    expect(got.filter((m) => m[1] === "held" && String(m[0]).startsWith("2026-11-1"))).toEqual([["2026-11-19", "held", ["Karl Hansen", "Li Wei", "Tom Berg", "Zhao Lin"]]]);
  });

  it("'flies to Tokyo on Sunday for talks with Y' is planned for the coming Sunday", () => {
    expect(
      meetings(
        "Prime Minister Karl Hansen met President Li Wei on Thursday. Hansen flies to Tokyo on Sunday for talks with Japan's Prime Minister Sanae Takaichi before returning home.",
        "2026-11-20",
      ),
    ).toContainEqual(["2026-11-22", "planned", ["Karl Hansen", "Sanae Takaichi"]]);
  });
});
