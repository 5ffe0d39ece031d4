// A visit one is invited to make, named by the noun (issue #11, countries, batch35): "conveyed the greetings of the
// Sultan and his invitation to visit Oman" tells no visit the report covers, so its destination is not the country of
// the report's bare officials (as "invited him to visit Oman" already was not).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("an invitation to visit", () => {
  it("names no destination of the report", () => {
    const doc = run(
      "President Arman Tulegenov received on Wednesday Minister of State for Foreign Affairs of Oman Badr Al Harthy. Al Harthy conveyed to the President the greetings of the Sultan and his invitation to visit Oman at a convenient time. Earlier that day, Al Harthy and Foreign Minister of Kazakhstan Serik Nurlanov co-chaired the meeting of the intergovernmental commission. The meeting was also attended by Minister of Trade Nurlan Abenov.",
      "2026-05-20",
      "Tulegenov receives Omani minister",
    );
    expect(official(doc, "Nurlan Abenov")?.country).not.toBe("OM");
  });
});
