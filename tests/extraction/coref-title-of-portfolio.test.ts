// "the Secretary of Economy" with no article before the portfolio refers back to the one official whose title it is, as
// "the chairman of the Commission" does; a title in apposition before its name ("the Minister of Foreign Affairs, Amb.
// Y,") is that name's, not a reference (issue #11, meetings and coreference).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the <role> of <Portfolio>' as a reference", () => {
  it("'the Secretary of Economy met with Y' is the Secretary of Economy named before", () => {
    expect(
      meetings(
        "The Secretary of Economy, Marcelo Ruiz, held talks on Tuesday with Japan's trade minister Kenji Sato. On the same day, the Secretary of Economy met with the chairman of Keidanren, Hiro Tanaka, and with executives of Toyota.",
        "2026-03-12",
      ),
    ).toEqual([
      ["2026-03-10", "held", ["Kenji Sato", "Marcelo Ruiz"]],
      ["2026-03-10", "held", ["Hiro Tanaka", "Marcelo Ruiz"]],
    ]);
  });

  it("a deputy's title is not the role's ('the Deputy Secretary of Economy' does not hold 'the Secretary of Economy')", () => {
    expect(
      meetings("The Deputy Secretary of Economy, Marcelo Ruiz, arrived in Tokyo on Monday. On Tuesday, the Secretary of Economy met with the chairman of Keidanren, Hiro Tanaka.", "2026-03-12"),
    ).toEqual([]);
  });

  it("'A and the Minister of Foreign Affairs, Amb. B, co-chaired the session' keeps B, not a reference to someone else", () => {
    expect(
      meetings(
        "Minister of State Pabitra Das met Vice President Kashim Bello on Wednesday. Earlier on Tuesday, Das and the Minister of Foreign Affairs, Amb. Yusuf Tanko, co-chaired the Joint Commission in Abuja.",
        "2026-03-12",
      ),
    ).toEqual([
      ["2026-03-11", "held", ["Kashim Bello", "Pabitra Das"]],
      ["2026-03-10", "held", ["Pabitra Das", "Yusuf Tanko"]],
    ]);
  });
});
