// "The meeting came a day after the two foreign ministers co-chaired the session": the encounter told is that long
// before the one just told, not after it (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const RECEIVED = "President John Dramani Mahama on Wednesday received Burkina Faso's Minister of Foreign Affairs Karamoko Jean-Marie Traoré in Accra. ";

describe("an interval counted back from the encounter just told", () => {
  it("'The meeting came a day after A and B co-chaired'", () => {
    expect(meetings(`${RECEIVED}The meeting came a day after Traoré and Foreign Minister Samuel Okudzeto Ablakwa co-chaired the Joint Commission in Accra.`, "2025-11-27")).toContainEqual([
      "2025-11-25",
      "held",
      ["Karamoko Jean-Marie Traoré", "Samuel Okudzeto Ablakwa"],
    ]);
  });

  it("'The visit came a week after A met B' (weeks)", () => {
    expect(meetings(`${RECEIVED}The visit came a week after Foreign Minister Samuel Okudzeto Ablakwa met Traoré in Ouagadougou.`, "2025-11-27")).toContainEqual([
      "2025-11-19",
      "held",
      ["Karamoko Jean-Marie Traoré", "Samuel Okudzeto Ablakwa"],
    ]);
  });
});

// ("It took place a day after X was received by Y": "It" for the encounter just told; batch50-guided.)
describe("'It took place a day after'", () => {
  it("counts back from the encounter just told", () => {
    const body =
      "Economy Minister Carlos Ruiz and Saudi Investment Minister Khalid Al Nasser met yesterday in Madrid.\n\n" +
      "The meeting was also attended by the Secretary of State for Trade, Ana Gil. It took place a day after Al Nasser was received at the Zarzuela Palace by King Felipe VI.";
    expect(meetings(body, "2026-10-21")).toContainEqual(["2026-10-19", "held", ["Felipe VI", "Khalid Al Nasser"]]);
  });
});
