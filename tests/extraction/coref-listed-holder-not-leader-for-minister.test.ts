// The office-holders list as a last resort for a role and its country (issue #11, coreference): "the Turkish minister"
// is never the President the list gives to Türkiye, named in the report with his own title.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("the Turkish minister, with Türkiye's President named", () => {
  const doc = run(
    "President Recep Tayyip Erdoğan spoke by phone with Prime Minister Giorgia Meloni on Monday. In Rome, Minister of Trade Ömer Bolat was received by Deputy Prime Minister Antonio Tajani. Today the Turkish minister will meet in Turin the president of the Piedmont Region, Alberto Cirio.",
    "2026-03-11",
  );

  it("is not the President but the minister named", () => {
    const planned = doc.meetings.find((m) => m.participants.includes("Alberto Cirio"));
    expect(planned?.participants ?? []).not.toContain("Recep Tayyip Erdoğan");
    expect(planned?.participants).toContain("Ömer Bolat");
  });
});
