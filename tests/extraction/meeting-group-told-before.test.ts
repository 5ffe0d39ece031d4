// "A and his Colombian counterpart B on Wednesday signed a memorandum that will allow 20,000 workers a year to ... The
// signing took place after a working meeting between the two ministers, which was also attended by the Secretary of
// State, C": a group refers back, so someone first named after it (C) is none of its members; and a plan inside a
// relative clause of the sentence before ("that will allow") does not make that sentence's day a plan. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-06-17 Spain and Colombia sign deal\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

const lead = "Spanish Foreign Minister José Manuel Albares and his Colombian counterpart, Rosa Villavicencio, on Wednesday signed a memorandum of understanding on labour migration";

describe("a group told before its attendees", () => {
  it("is the pair told before it, with the attendees named after it", () => {
    expect(meetings(`${lead}. The signing took place in Madrid after a working meeting between the two ministers, which was also attended by the Secretary of State, Susana Sumelzo.`)).toEqual([
      ["2026-06-17", "held", "José Manuel Albares + Rosa Villavicencio + Susana Sumelzo"],
    ]);
  });

  it("keeps the day of a sentence whose plan is a relative clause's", () => {
    expect(meetings(`${lead} that will allow up to 20,000 workers a year to take seasonal jobs. The signing took place in Madrid after a working meeting between the two ministers.`)).toEqual([
      ["2026-06-17", "held", "José Manuel Albares + Rosa Villavicencio"],
    ]);
  });

  it("still takes no day from a sentence that tells a plan", () => {
    expect(meetings("Spanish Foreign Minister José Manuel Albares will travel to Bogota on Friday. The visit follows a working meeting between Albares and Colombian Foreign Minister Rosa Villavicencio.")).not.toContainEqual([
      "2026-06-19",
      "held",
      "José Manuel Albares + Rosa Villavicencio",
    ]);
  });
});
