// Countries from an apposition after honours and not from a region (issue #11, countries, batch15): "the Most Honourable
// X, ON, PC, MP, Prime Minister of Jamaica," keeps its title's country past the letters of honours (the guest is not
// given the host's country); a country named as a region's place ("developments in the eastern Democratic Republic
// of Congo") qualifies no one in the sentence.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("countries from appositions after honours, not from regions", () => {
  it("an apposition after post-nominal letters set off by commas", () => {
    const doc = run(
      "Georgetown, Guyana – President Dr Mohamed Irfaan Ali on Thursday hosted the Most Honourable Peter Campbell, ON, PC, MP, Prime Minister of Jamaica, at State House.",
      "2026-11-26",
    );
    expect(official(doc, "Peter Campbell")?.country).toBe("JM");
    expect(official(doc, "Peter Campbell")?.title).toBe("Prime Minister");
  });

  it("a country after 'in the eastern' is a place, not the minister's", () => {
    const doc = run(
      "The meeting, attended by the Prime Minister Sheikh Khalid bin Ahmed Al-Thani and Minister of Foreign Affairs of Rwanda Jean Mugabo, reviewed the latest developments in the eastern Democratic Republic of Congo.",
    );
    expect(official(doc, "Khalid bin Ahmed Al-Thani")?.country).not.toBe("CD");
  });
});
