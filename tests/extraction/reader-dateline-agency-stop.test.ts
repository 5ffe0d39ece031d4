// A dateline whose agency follows the place after a full stop (issue #11, countries, batch35): "ASTANA. KAZINFORM -
// President X received ..." is filed from Astana; the agency's name is no part of the place, so the dateline's country
// (the report's home side) is read and the officials it leaves unqualified are of it.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a dateline: place, full stop, agency", () => {
  it("reads the place and its country", () => {
    const doc = run(
      "ASTANA. KAZINFORM - President Arman Tulegenov received on Wednesday Minister of Foreign Affairs of Oman Badr Al Harthy at the Akorda. The talks were also attended by Minister of Energy Nurlan Abenov.",
      "2026-05-20",
      "President receives Omani minister",
    );
    expect(doc.document.dateline).toBe("Astana");
    expect(official(doc, "Nurlan Abenov")?.country).toBe("KZ");
  });

  it("keeps a place written with a full stop whole when it is known so", () => {
    const doc = run("ST. PETERSBURG - President Arman Tulegenov received Minister of Foreign Affairs of Oman Badr Al Harthy.", "2026-05-20");
    expect(doc.document.dateline).not.toBe("St");
  });
});
