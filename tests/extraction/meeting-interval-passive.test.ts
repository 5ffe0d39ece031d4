// "X opened the forum in Nairobi on Friday, a day after he was received by President Y" (issue #11, meetings): the
// interval counts back from the day before it for a passive clause ("he was received by", "she had been welcomed by")
// as it did for "a day after talks with".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an interval before a passive encounter", () => {
  it("'on Friday, a day after he was received by Y' is Thursday", () => {
    const told = meetings(
      "Chancellor Lukas Brenner opened a regional trade forum in Nairobi on Friday, a day after he was received by President Amina Wekesa at State House.",
      "2026-03-14",
    );
    expect(told).toContainEqual(["2026-03-12", "held", ["Amina Wekesa", "Lukas Brenner"]]);
  });

  it("'on Monday, two days after she was welcomed by Y' is Saturday", () => {
    const told = meetings(
      "Foreign Minister Clara Mendes addressed the regional assembly in Tunis on Monday, two days after she was welcomed by Prime Minister Karim Ben Salah at the Kasbah.",
      "2026-05-20",
    );
    expect(told).toContainEqual(["2026-05-16", "held", ["Clara Mendes", "Karim Ben Salah"]]);
  });
});
