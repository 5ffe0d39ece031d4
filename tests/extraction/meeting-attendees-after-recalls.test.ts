// "X received Y today ... reviewed the outcomes of the talks between A and B in Astana in January. The meeting was
// attended by C and D" (issue #11, batch25): attendees listed after a recall told in passing join the report's
// encounter of the day, not the recall.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("attendees after a recall", () => {
  it("join the encounter of the day, not the recalled talks", () => {
    const body = [
      "Foreign Minister Ravi Silva received Kelani Foreign Minister Oskar Pellan in Colombo today.",
      "During the meeting, the two sides reviewed the outcomes of the talks between President Nalin Perera and Kelani President Ilse Brandvik in Kelan in January 2026.",
      "The meeting was attended by Anura Dias, Minister of State, and Karl Weiss, Ambassador of Kelan.",
    ].join("\n\n");
    expect(meetings(body, "2026-09-23")).toEqual([
      ["2026-09-23", "held", ["Anura Dias", "Karl Weiss", "Oskar Pellan", "Ravi Silva"]],
      ["2026-01", "held", ["Ilse Brandvik", "Nalin Perera"]],
    ]);
  });
});
