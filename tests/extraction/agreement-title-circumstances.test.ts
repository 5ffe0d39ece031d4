// "signed the agreement on behalf of their respective sides", "signed an agreement on the sidelines of the summit": "on"
// there opens a circumstance of the signing, not what the instrument is about, so the title ends at its head and a
// definite one refers back to the instrument already named (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const titles = (body: string) => extract(` date 2026-04-22 Dhaka, Tokyo sign loan deal\n\n${body}\n`, { source: "t.txt" }).agreements.map((a) => a.title);

describe("a phrase of circumstance after an instrument's head", () => {
  it("is no part of the title: 'on behalf of'", () => {
    expect(
      titles(
        "The Economic Relations Division and the Japan International Cooperation Agency signed a loan agreement worth 120 billion yen for the Line-5 project. ERD secretary Md Shahriar Kader Siddiky and JICA chief representative Tomohide Ichiguchi signed the agreement on behalf of their respective sides.",
      ),
    ).toEqual(["loan agreement"]);
  });

  it("is no part of the title: 'on the sidelines of'", () => {
    expect(titles("Foreign Minister Ali Sabry and Foreign Minister Wang Yi signed an MoU on fisheries on the sidelines of the summit in Beijing.")).toEqual(["MoU on fisheries"]);
    expect(titles("The two ministers signed a trade agreement on the sidelines of the summit in Beijing.")).toEqual(["trade agreement"]);
  });

  it("leaves a complement of content in place", () => {
    expect(titles("The two ministers signed an agreement on the avoidance of double taxation in Beijing.")[0]).toMatch(/^agreement on the avoidance of double taxation/);
  });
});
