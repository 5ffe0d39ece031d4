// "The heads of diplomacy last met in April 2024" (issue #11, meetings; batch46-guided): the heads of diplomacy and the
// top or chief diplomats of two countries are their foreign ministers, a group like "the two foreign ministers", even
// after talks a president of one side held with the guest.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

const lead =
  "Foreign Minister Jan Novak held talks in Bratislava on Tuesday with Uzbek Foreign Minister Aziz Karimov. Karimov was later received by President Peter Horvath.";

describe("the heads of diplomacy", () => {
  it("are the two foreign ministers", () => {
    expect(meetings(`${lead} The heads of diplomacy last met in April 2024 in Tashkent.`, "2025-10-21")).toContainEqual(["2024-04", "held", ["Aziz Karimov", "Jan Novak"]]);
  });

  it("as are the two top diplomats", () => {
    expect(meetings(`${lead} The two top diplomats last met in April 2024 in Tashkent.`, "2025-10-21")).toContainEqual(["2024-04", "held", ["Aziz Karimov", "Jan Novak"]]);
  });
});
