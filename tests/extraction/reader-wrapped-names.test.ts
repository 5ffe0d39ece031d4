// Hard-wrapped wire copy whose wrap falls inside a name (issue #11, names): a copyright line longer than the wrap width
// must not hide the width, and a line that stops on a middle initial ("Ma. Cristina A.\nRoque") runs on into the name.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/index.ts";
import { names } from "./helpers.ts";
import { extract } from "../../src/extraction/index.ts";

const body = [
  "ABU DHABI, 3rd March, 2026 (WAM) -- Dr. Rashid bin Saeed Al",
  "Mansoori, Minister of Economy, today received Ana Lourdes B.",
  "Santos, Secretary of Trade of the Republic of the Philippines, in",
  "Abu Dhabi, where the two sides reviewed progress in implementing",
  "the partnership agreement, which entered into force on 1st January",
  "2026. The two ministers also discussed cooperation in logistics and",
  "food security, and agreed to meet again in Manila in November this",
  "year. Dr. Al Mansoori said trade had doubled since the agreement.",
  "",
  "(c) Emirates News Agency (WAM) 2026. Provided by SyndiGate Media Inc. (Syndigate.info).",
].join("\n");

describe("wraps inside names", () => {
  it("joins the lines a wrap cut inside a name, despite a long copyright line", () => {
    const r = readDocument(` date 2026-03-03 UAE, Philippines review trade\n${body}`);
    expect(r.sentences[0].text).toContain("Rashid bin Saeed Al\nMansoori, Minister of Economy, today received Ana Lourdes B.\nSantos, Secretary");
  });

  it("reads the whole names", () => {
    const doc = extract(` date 2026-03-03 UAE, Philippines review trade\n${body}`, { source: "t.txt" });
    expect(names(doc)).toEqual(expect.arrayContaining(["Rashid bin Saeed Al Mansoori", "Ana Lourdes B. Santos"]));
  });
});
