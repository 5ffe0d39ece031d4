// "Both ministers had last met in November" after a Foreign Minister's talks with a Foreign Secretary (issue #11,
// batch02): two officials of one field are the pair, whatever the other's office is called.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'both ministers' of one field", () => {
  it("a Foreign Minister and a Foreign Secretary, not a King named since", () => {
    const body = [
      "Madrid, Jan 15 - Foreign Minister Ana Bravo held talks in Madrid on Tuesday with Moravian Foreign Secretary Oskar Pellan.",
      "Pellan will also be received on Thursday by King Felipe VI at the Zarzuela Palace.",
      "Both ministers had last met in November, during the G20 summit in Rio de Janeiro.",
    ].join("\n\n");
    expect(meetings(body, "2025-01-15")).toEqual([
      ["2025-01-14", "held", ["Ana Bravo", "Oskar Pellan"]],
      ["2025-01-16", "planned", ["Felipe VI", "Oskar Pellan"]],
      ["2024-11", "held", ["Ana Bravo", "Oskar Pellan"]],
    ]);
  });
});
