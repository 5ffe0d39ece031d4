// An encounter told as the object of a recall ("The interlocutors recalled the telephone conversation between A and B on
// December 22") is a flashback (issue #11): a later "also met" takes the day of the story, not the recalled one.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const story =
  "Foreign Minister Ararat Mirzoyan was received by Prime Minister Kyriakos Mitsotakis in Athens on Wednesday. The interlocutors recalled the telephone conversation between Prime Minister Nikol Pashinyan and Kyriakos Mitsotakis on December 22.";

describe("a recalled encounter", () => {
  it("is kept with its own day, and 'also met' takes the story's day", () => {
    expect(meetings(`${story} Mirzoyan also met with the Speaker of the Hellenic Parliament Nikitas Kaklamanis.`, "2026-01-29")).toEqual([
      ["2026-01-28", "held", ["Ararat Mirzoyan", "Kyriakos Mitsotakis"]],
      ["2025-12-22", "held", ["Kyriakos Mitsotakis", "Nikol Pashinyan"]],
      ["2026-01-28", "held", ["Ararat Mirzoyan", "Nikitas Kaklamanis"]],
    ]);
  });
});
