// The visit a report is set in (issue #11, countries, found with "Dutch king Willem-Alexander"): "a visit to The Hague"
// names its place with its article, and "invited X to visit Vietnam" is a visit to come, not the one reported.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the reported visit's destination", () => {
  it("bare officials of the host side take the country of 'a visit to The Hague', not of an invitation", () => {
    const doc = run(
      "The Netherlands and Vietnam signed a new water agreement during a visit to The Hague by Vietnamese deputy prime minister Bui Thanh Son. Son held talks on Wednesday with foreign minister David Jansen. Son invited Dutch king Willem-Alexander to visit Vietnam later this year. On Thursday, Son is due to meet prime minister Dick Schoof at the Catshuis, before visiting the port of Rotterdam with Rotterdam's mayor Carla Smit.",
      "2026-01-22",
    );
    expect(official(doc, "David Jansen")?.country).toBe("NL");
  });
});
