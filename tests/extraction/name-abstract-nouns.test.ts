// "Nicolas Forissier, Minister Delegate for Foreign Trade and Economic Attractiveness, and Ryad Mezzour": a capitalised
// abstract noun ("Attractiveness", "Competitiveness", "Digitalisation") closes a title's field and is never a name;
// a name with a Latin-looking ending ("Saifuddin Nasution Ismail") stays a name. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const officials = (body: string) => extract(` date 2026-10-08 Ministers meet in Casablanca\n\n${body}\n`, { source: "t.txt" }).officials.map((o) => [o.name, o.title]);

describe("abstract nouns in titles", () => {
  it("are no names", () => {
    expect(officials("Nicolas Forissier, Minister Delegate for Foreign Trade and Economic Attractiveness, and Ryad Mezzour, Morocco's Minister of Industry and Trade, held a working meeting on Wednesday.")).toEqual([
      ["Nicolas Forissier", "Minister Delegate for Foreign Trade and Economic Attractiveness"],
      ["Ryad Mezzour", "Minister of Industry and Trade"],
    ]);
  });

  it("leave a name with a Latin-looking ending", () => {
    expect(officials("Minister of Home Affairs Saifuddin Nasution Ismail met the delegation on Wednesday.").map((o) => o[0])).toEqual(["Saifuddin Nasution Ismail"]);
  });
});
