// "A and B were present during the talks": people present during the encounter just told are its participants, as
// "present at" them are (issue #11, meetings; batch52-guided).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'were present during the talks'", () => {
  it("adds the subjects to the talks", () => {
    const body =
      "President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed at State House, Nairobi, on Tuesday.\n\n" +
      "Prime Cabinet Secretary Musalia Mudavadi and Ethiopia's Foreign Minister Gedion Timothewos were present during the talks.";
    expect(meetings(body, "2026-06-10")).toEqual([["2026-06-09", "held", ["Abiy Ahmed", "Gedion Timothewos", "Musalia Mudavadi", "William Ruto"]]]);
  });
});
