// A country's code glued to a currency sign ("US$1.3 billion", "NZ$40 million") names money, and "NO." before a number
// is the number sign: neither is a side of the report (issue #11, ex19c).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a currency written with a country's code", () => {
  it("is no mention of that country when placing the hosts of a mission", () => {
    const doc = run(
      [
        "A staff team of the Fund, led by Anna Berg, visited Lusaka from June 10 to June 23.",
        "The Zambian authorities and the team agreed on an arrangement of about US$1.3 billion, Berg said.",
        "The team met with President Peter Mwale and held discussions with Minister of Finance Joseph Banda, Bank of Zambia Governor Daniel Phiri and other officials.",
      ].join(" "),
      "2026-06-24",
      "Fund team reaches agreement with Zambia",
    );
    expect(official(doc, "Peter Mwale")?.country).toBe("ZM");
    expect(official(doc, "Joseph Banda")?.country).toBe("ZM");
  });

  it("nor is a release's number in capitals a mention of Norway", () => {
    const doc = run(
      [
        "A staff team of the Fund, led by Anna Berg, visited Lusaka from June 10 to June 23.",
        "The Zambian authorities and the team reached agreement on a new arrangement, Berg said.",
        "The team met with President Peter Mwale and held discussions with Minister of Finance Joseph Banda, Bank of Zambia Governor Daniel Phiri and other officials.",
      ].join(" "),
      "2026-06-24",
      "PRESS RELEASE NO. 26/231",
    );
    expect(official(doc, "Peter Mwale")?.country).toBe("ZM");
  });
});
