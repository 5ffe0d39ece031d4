// Encounters dated by the gathering they stood beside (issue #11, meetings; batch35-guided): "A and B each had 30-minute
// meetings with X on the morning of the summit" and "C was received by X after the summit" happened on the summit's day
// as the report dated it before; a length of time with digits ("30-minute") may qualify the meetings.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'on the morning of the summit', 'after the summit'", () => {
  const got = meetings(
    "The leaders of five countries sat down with Japan's prime minister in Tokyo on December 20 for the first summit of the format. The summit adopted the Tokyo Declaration. Kyrgyz President Azamat Beishenov and Tajik President Rustam Nazarov each had 30-minute meetings with Prime Minister Aiko Tanaka on the morning of the summit. Turkmen President Berdi Orazov was received by Tanaka after the summit.",
    "2025-12-22",
  );

  it("are on the summit's day", () => {
    expect(got).toContainEqual(["2025-12-20", "held", ["Aiko Tanaka", "Azamat Beishenov"]]);
    expect(got).toContainEqual(["2025-12-20", "held", ["Aiko Tanaka", "Rustam Nazarov"]]);
    expect(got).toContainEqual(["2025-12-20", "held", ["Aiko Tanaka", "Berdi Orazov"]]);
  });
});
