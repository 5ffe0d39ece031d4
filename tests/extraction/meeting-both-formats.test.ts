// "The talks were held in narrow and expanded formats" (issue #11, meetings; batch46-guided): the talks just told were
// two encounters, the pair's restricted one and the wider one that those attending the expanded meeting joined.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("talks held in narrow and expanded formats", () => {
  const got = meetings(
    "Chairman Yerlan Dossan held talks with Mongolian Speaker Bat Erdene in Astana on Tuesday. The talks were held in narrow and expanded formats. The expanded meeting was attended by Deputy Chairman Albert Rau and Ambassador Tsog Ganbold.",
    "2026-03-13",
  );

  it("are the pair's restricted encounter and the wider one", () => {
    expect(got).toHaveLength(2);
    expect(got).toContainEqual(["2026-03-10", "held", ["Bat Erdene", "Yerlan Dossan"]]);
    expect(got).toContainEqual(["2026-03-10", "held", ["Albert Rau", "Bat Erdene", "Tsog Ganbold", "Yerlan Dossan"]]);
  });

  it("but talks of one format are one encounter", () => {
    expect(meetings("Chairman Yerlan Dossan held talks with Mongolian Speaker Bat Erdene in Astana on Tuesday. The talks were held in an expanded format.", "2026-03-13")).toHaveLength(1);
  });
});
