// "In a separate meeting on Thursday, A and Kenya's Foreign Minister, B, reviewed ...": the coordinated subject after a
// fronted meeting noun may set its second name off with a title (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a fronted meeting with an apposed second party", () => {
  it("'A and Kenya's Foreign Minister, B, reviewed'", () => {
    expect(
      meetings(
        "Addis Ababa (ENA) – On Thursday, Foreign Minister Gedion Timothewos held discussions with Algerian Foreign Minister Ahmed Attaf. In a separate meeting on Thursday, Gedion and Kenya's Foreign Minister, Musalia Mudavadi, reviewed the Special Status Agreement.",
        "2026-02-13",
      ),
    ).toEqual([
      ["2026-02-12", "held", ["Ahmed Attaf", "Gedion Timothewos"]],
      ["2026-02-12", "held", ["Gedion Timothewos", "Musalia Mudavadi"]],
    ]);
  });
});
