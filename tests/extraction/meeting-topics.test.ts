// A gathering that is what was talked about (issue #11, batch17 precision): "where the ministers discussed Haiti and the
// upcoming Heads of Government meeting" tells no planned encounter of the ministers; "discussed trade during a video call"
// still tells the call.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a meeting noun in the object of 'discussed'", () => {
  it("'hosted B at a dinner, where the ministers discussed the floods and the upcoming Heads of Government meeting'", () => {
    const body = "On Tuesday evening, Foreign Minister Hanna Oduya hosted Foreign Minister Oskar Pellan at a dinner at Devon House, where the ministers discussed the floods and the upcoming Commonwealth Heads of Government meeting.";
    expect(meetings(body, "2026-01-22")).toEqual([["2026-01-20", "held", ["Hanna Oduya", "Oskar Pellan"]]]);
  });

  it("'A and B discussed trade during a video call on Thursday' is the call", () => {
    const body = "Foreign Minister Hanna Oduya and her Kelani counterpart Oskar Pellan discussed trade and energy during a video call on Thursday.";
    expect(meetings(body, "2026-01-23")).toEqual([["2026-01-22", "held", ["Hanna Oduya", "Oskar Pellan"]]]);
  });
});
