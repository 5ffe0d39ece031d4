// "received a phone call from X, during which they reviewed the preparations for the business forum to be held in
// Nicosia in October": the place and the date after another noun's "to be held" are that event's, not the call's
// (issue #11, meetings; batch49-guided).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a place and a date after another event's 'to be held'", () => {
  it("neither places nor dates the encounter", () => {
    const body =
      "Emir Tamim Al Rashid held talks with President Jussi Laine at the palace on Tuesday.\n\n" +
      "In the evening, the Emir received a phone call from President Andreas Georgiou of Cyprus, during which they reviewed the preparations for the Cyprus-Qatar business forum to be held in Nicosia in October.";
    const call = run(body, "2026-06-09").meetings.find((m) => m.kind === "phone_call");
    expect([call?.date, call?.location]).toEqual(["2026-06-09", null]);
  });
});
