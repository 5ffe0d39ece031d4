// Where an act's content ends (issue #11, proposals): a second reporting verb joined by "and" with no comma ("called on
// Turkmenistan to speed up the work ... and said the Islamic Emirate has ensured security") starts the speaker's next
// statement, not more of what was asked.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a second reporting verb ends the content", () => {
  it.each([
    ["and said", "Foreign Minister Amir Khan Muttaqi met Foreign Minister Rashid Meredov in Kabul on Thursday. Muttaqi called on Turkmenistan to speed up the work on the railway project and said his government has ensured security along the route."],
    ["and also stressed", "Foreign Minister Amir Khan Muttaqi met Foreign Minister Rashid Meredov in Kabul on Thursday. Muttaqi called on Turkmenistan to speed up the work on the railway project and also stressed the importance of the route."],
  ])("%s", (_, body) => {
    const doc = run(body, "2026-10-15");
    expect(doc.proposals.map((p) => p.text)).toEqual(["Turkmenistan to speed up the work on the railway project"]);
  });
});
