// A visit hosted by someone else (issue #11, countries, batch09): in "President X will host King Y
// and Queen Z on a state visit to Finland" the visit is the guests' and the host is at home
// (cues.json `travel.hosts`).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("hosted visits", () => {
  it("the host of 'on a state visit to X' is of X, the guests of the other country", () => {
    const doc = run(
      "Finland and Sweden intend to buy air defence systems together, Prime Minister Petteri Orpo said after a video call with his Swedish counterpart Ulf Kristersson. Finland and Sweden also discussed rail links. Meanwhile, President Alexander Stubb will host King Carl XVI Gustaf and Queen Silvia on a state visit to Finland in May. Sweden and Finland agreed to meet again.",
    );
    expect(official(doc, "Alexander Stubb")?.country).toBe("FI");
    expect(official(doc, "Carl XVI Gustaf")?.country).toBe("SE");
    expect(official(doc, "Silvia")?.country).toBe("SE");
  });
});
