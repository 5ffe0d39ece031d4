// Countries from travel (issue #11, countries): the traveller is not of the destination's country, so in a report on
// two countries he is of the other one; whom he meets there is of the destination's; and the unqualified officials of
// the other side then follow the pair rule.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the traveller and whom he meets at the destination", () => {
  it("a media note on a trip: the traveller, then the hosts he will meet", () => {
    const doc = run(
      [
        "Under Secretary of State Allison Hooker will travel to Quito, Ecuador, on July 2-4 to reaffirm the partnership between the United States and Ecuador.",
        "On July 3, the Under Secretary will meet with President Daniel Noboa and Foreign Minister Gabriela Sommerfeld to discuss security cooperation.",
        "The United States and Ecuador signed a maritime security memorandum last year.",
      ].join(" "),
      "2025-06-30",
    );
    expect(official(doc, "Allison Hooker")?.country).toBe("US");
    expect(official(doc, "Daniel Noboa")?.country).toBe("EC");
    expect(official(doc, "Gabriela Sommerfeld")?.country).toBe("EC");
  });

  it("'will fly to X, where he is scheduled to meet Y': Y is of X's country", () => {
    const doc = run("Foreign Minister Winston Peters will fly to Samoa on Friday, where he is scheduled to meet Prime Minister Laaulialemalietoa Leuatea Schmidt.", "2025-06-30");
    expect(official(doc, "Laaulialemalietoa Leuatea Schmidt")?.country).toBe("WS");
  });

  it("a visit told as a noun is the subject's, not the last person named", () => {
    const doc = run(
      [
        "Foreign Minister Penny Wong was received by King Charles Vyvyan at the palace in Nuku'alofa on Tuesday, on the first day of a two-day visit to Tonga.",
        "Australia and Tonga agreed to expand labour mobility, and Tonga thanked Australia for its support.",
      ].join(" "),
      "2025-06-30",
    );
    expect(official(doc, "Penny Wong")?.country).toBe("AU");
    expect(official(doc, "Charles Vyvyan")?.country).not.toBe("AU");
  });

  it("'invited X to visit Y': the invitee travels", () => {
    const doc = run(
      [
        "Prime Minister Pushpa Kamal Dahal invited President Ranil Wickremesinghe to visit Nepal at a convenient time.",
        "Nepal and Sri Lanka agreed to resume direct flights, and Sri Lanka offered Nepal training places.",
      ].join(" "),
      "2025-06-30",
    );
    expect(official(doc, "Ranil Wickremesinghe")?.country).toBe("LK");
  });
});

describe("a day between the word of travel and the destination (issue #11)", () => {
  it("'will travel on Friday to Riyadh, where she is scheduled to meet Crown Prince X': X is of the destination", () => {
    const doc = run(
      "Prime Minister Aiko Tanaka was received by Emirati President Khalid Al Nahyan in Abu Dhabi on Wednesday. Japan and the UAE signed a trade agreement. She will travel on Friday to Riyadh, where she is scheduled to meet Crown Prince Faisal bin Turki.",
      "2026-11-19",
    );
    expect(doc.officials.find((o) => o.name === "Faisal bin Turki")?.country).toBe("SA");
  });
});
