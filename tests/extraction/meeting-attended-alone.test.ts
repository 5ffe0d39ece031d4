// People who "also attended", with no object, in the sentence after an encounter told as held are its participants
// (issue #11, meetings): "The pair met on Thursday. Ministers A and B also attended, as did China's Foreign Minister C."
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'A and B also attended' after an encounter", () => {
  it("'A and B also attended, as did C' join the meeting just told", () => {
    expect(
      meetings(
        "Prime Minister Karl Hansen met Chinese President Li Wei on Thursday in Shenzhen. Foreign Minister Tom Berg and Trade Minister Ann Dahl also attended, as did China's Foreign Minister Zhao Lin.",
        "2026-03-10",
      ),
    ).toEqual([["2026-03-05", "held", ["Ann Dahl", "Karl Hansen", "Li Wei", "Tom Berg", "Zhao Lin"]]]);
  });

  it("an object after the verb is another event: 'A attended the opening of a factory'", () => {
    expect(
      meetings("Prime Minister Karl Hansen met Chinese President Li Wei on Thursday in Shenzhen. Foreign Minister Tom Berg attended the opening of a factory.", "2026-03-10"),
    ).toEqual([["2026-03-05", "held", ["Karl Hansen", "Li Wei"]]]);
  });

  it("a planned encounter takes no one who 'attended'", () => {
    expect(
      meetings("Prime Minister Karl Hansen will meet Chinese President Li Wei on Thursday in Shenzhen. Foreign Minister Tom Berg also attended.", "2026-03-10"),
    ).toEqual([["2026-03-12", "planned", ["Karl Hansen", "Li Wei"]]]);
  });
});
