// "Later, President Volodymyr Zelensky received Valtonen. The meeting was also attended by Deputy Head of the Office of
// the President Ihor Zhovkva": an official on a head's own staff ("of the Office of the President", "Adviser to the
// Prime Minister") with no country of his own is of the head of that office the report named last before him.
// (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const country = (body: string, name: string) => extract(` date 2025-12-17 Ministers meet in Kyiv\n\n${body}\n`, { source: "t.txt" }).officials.find((o) => o.name === name)?.country;

describe("a head's staff", () => {
  it("is of the head named last before", () => {
    expect(
      country(
        "Finnish President Alexander Stubb spoke by phone with Ukrainian President Volodymyr Zelensky on Monday. Later, Zelensky received Finnish Foreign Minister Elina Valtonen. The meeting was also attended by Deputy Head of the Office of the President Ihor Zhovkva.",
        "Ihor Zhovkva",
      ),
    ).toBe("UA");
  });

  it("takes no country from a head of another office", () => {
    expect(country("President Volodymyr Zelensky of Ukraine met the press on Monday. The talks were attended by Adviser to the Prime Minister Jan Kowalski.", "Jan Kowalski")).not.toBe("UA");
  });
});
