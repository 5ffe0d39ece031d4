// "The two Heads of State had also spoken by telephone on November 28", "The presidents had spoken by phone on
// September 2": in a report on two countries, a group followed by a pluperfect recalls the report's pair, not the two
// of the latest encounter told (a speaker titled only "President", a joint commission's co-chairs) (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a pluperfect after a group of leaders", () => {
  it("'The two Heads of State had also spoken by telephone on' a day: the report's two presidents", () => {
    const told = meetings(
      "The President of the Republic, Tomas Varga, held talks yesterday in Budapest with the President of Estonia, Arvo Kuusk, who has been on a state visit since Monday.\n\n" +
        "On Monday evening, the Estonian Head of State was received at the National Assembly by its President, Laszlo Kiss, who suggested a parliamentary friendship group.\n\n" +
        "The two Heads of State had also spoken by telephone on November 28.",
      "2025-12-11",
    );
    expect(told).toContainEqual(["2025-11-28", "held", ["Arvo Kuusk", "Tomas Varga"]]);
    expect(told.some(([date, , who]) => date === "2025-11-28" && (who as string[]).includes("Laszlo Kiss"))).toBe(false);
  });
});
