// Speakers given by office (issue #11, proposals): "The Prime Minister asked Japan ..." is the act of the Prime
// Minister; when the office resolves to nobody, the person in focus (here the visiting ambassador) is not its speaker.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const speakers = (body: string) => run(body, "2026-09-23").proposals.map((p) => p.speaker);

describe("a speaker given by office", () => {
  it("an office that resolves to nobody is not the person in focus", () => {
    expect(
      speakers(
        "Japanese Ambassador Miyazaki Takeshi paid a farewell call on King Tupou VI on Monday. On Tuesday the Ambassador was received at the St George Government Building. The Prime Minister asked Japan to continue its support for the reconstruction of Vuna Wharf.",
      ),
    ).toEqual([]);
  });

  it("an office held by a named official is that official", () => {
    expect(
      speakers(
        "Japanese Ambassador Miyazaki Takeshi paid a farewell call on King Tupou VI on Monday. On Tuesday the Ambassador was received by Prime Minister Aisake Eke. The Prime Minister asked Japan to continue its support for the reconstruction of Vuna Wharf.",
      ),
    ).toEqual(["Aisake Eke"]);
  });
});
