// A counterpart's title through its owner's short form (issue #11, names and coreference): in "Earlier the same day,
// Sihasak held talks with his Vietnamese counterpart X", the owner is named by a short form of the full name told
// before; X holds the same office. With two foreign ministers then, "the Bulgarian foreign minister" is the one of no
// country known yet when the other is known to be of another.
import { describe, expect, it } from "vitest";
import { meetings, official, run } from "./helpers.ts";

describe("'Sihasak ... his Vietnamese counterpart X'", () => {
  it("gives X the office", () => {
    const doc = run(
      "HANOI - Prime Minister Pham Van Tam received Thai Foreign Minister Somsak Wongsuwan on Thursday. Earlier the same day, Somsak held talks with his Vietnamese counterpart Le Van Hung.",
      "2026-03-13",
    );
    expect(official(doc, "Le Van Hung")?.title).toBe("Foreign Minister");
  });
});

describe("'the Bulgarian foreign minister' beside a foreign minister of the other side", () => {
  it("is the one of no country known yet", () => {
    const got = meetings(
      "Foreign Minister Georgi Petrov was received by the President of Azerbaijan Ilham Aliyev in Baku on Thursday. On Wednesday, Petrov held talks with his Azerbaijani counterpart Jeyhun Bayramov. The Bulgarian foreign minister also had a meeting with Speaker of the Milli Majlis Sahiba Gafarova on Wednesday.",
      "2025-12-05",
    );
    expect(got).toContainEqual(["2025-12-03", "held", ["Georgi Petrov", "Sahiba Gafarova"]]);
  });
});
