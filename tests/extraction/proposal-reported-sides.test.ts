// Speakers of acts told without their name (issue #11, proposals): a speaker named only by office and country ("The
// President of Kazakhstan proposed"), and a request inside reported speech whose subject is the speaker's country in the
// present tense ("A said that ... Pakistan welcomes ..., and requests China to open its market").
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (doc: ReturnType<typeof run>) => doc.proposals.map((p) => [p.speaker, p.kind, p.text]);

describe("speakers of acts told by office or by side", () => {
  it("'The President of COUNTRY proposed' is that country's president", () => {
    const doc = run(
      "Prime Minister Robert Kalina of Slovenia held talks with President Askar Nurlanov of Kazakhstan in Astana on Monday. Kalina invited Kazakhstan to increase wheat exports. The President of Kazakhstan proposed opening a direct air link between Astana and Ljubljana.",
      "2026-08-14",
    );
    expect(acts(doc)).toContainEqual(["Askar Nurlanov", "proposal", "opening a direct air link between Astana and Ljubljana"]);
  });

  it("a request by the speaker's country in reported speech is the speaker's", () => {
    const doc = run(
      "Foreign Minister Wang Lei held talks with Foreign Minister Ahmed Raza of Pakistan in Beijing on Monday. Raza said that Pakistan firmly supports the partnership. Pakistan welcomes more investment in its special economic zones, and requests China to open its market further to Pakistani mangoes.",
      "2026-08-14",
    );
    expect(acts(doc)).toContainEqual(["Ahmed Raza", "request", "China to open its market further to Pakistani mangoes"]);
  });

  it("a country that is not the speaker's stays unresolved", () => {
    const doc = run(
      "Foreign Minister Wang Lei held talks with Foreign Minister Ahmed Raza of Pakistan in Beijing on Monday. Raza said that Pakistan firmly supports the partnership. India urges both sides to show restraint.",
      "2026-08-14",
    );
    expect(doc.proposals).toEqual([]);
  });
});
