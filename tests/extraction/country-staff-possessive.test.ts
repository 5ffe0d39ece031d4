// An officer tied to a head by a possessive or by the head's office (issue #11, countries, batch35): "according to
// Tokayev's spokesperson, Ruslan Zheldibay" and "Special Assistant to the PM Tariq Fatemi" name people who work for a
// head of state or government; with no country of their own they are of that head's country. "Assistant" is a title
// word, so "Special Assistant" is no person of its own.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("an officer tied to a head", () => {
  it("by the head's possessive before the office", () => {
    const doc = run(
      "President Arman Tulegenov of Kazakhstan and Japanese Prime Minister Kenji Sato met in Tokyo on Friday, according to Tulegenov's spokesperson, Daniyar Omarov.",
      "2026-05-20",
    );
    expect(official(doc, "Daniyar Omarov")?.country).toBe("KZ");
  });

  it("by an office 'to the PM'", () => {
    const doc = run(
      "Pakistani Prime Minister Imran Qadir met Turkish President Mehmet Kaya in Bishkek on Thursday. Foreign Minister Bilal Aziz and Special Assistant to the PM Usman Raza were present in the meeting.",
      "2026-05-20",
    );
    expect(official(doc, "Usman Raza")?.country).toBe("PK");
    expect(official(doc, "Usman Raza")?.title).toBe("Special Assistant to the PM");
    expect(names(doc)).not.toContain("Special Assistant");
  });
});
