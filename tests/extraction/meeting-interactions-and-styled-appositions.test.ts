// Two ways of telling an encounter (issue #11): "held an interaction with X", "interacted with X" (Indian English);
// "A and the Minister of Foreign Affairs, Amb. B, co-chaired" (a coordinated subject whose apposition opens with a style).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an interaction with someone", () => {
  it.each([
    "Mr Anant Goenka, President of FICCI, held an interaction with Ms Reem Alabali Radovan, Federal Minister of Germany, at Federation House on Wednesday.",
    "Mr Anant Goenka, President of FICCI, interacted with Ms Reem Alabali Radovan, Federal Minister of Germany, at Federation House on Wednesday.",
  ])("%s", (text) => {
    expect(meetings(text, "2026-06-04")).toEqual([["2026-06-03", "held", ["Anant Goenka", "Reem Alabali Radovan"]]]);
  });

  it("an interaction between peoples is none", () => {
    expect(meetings("Mr Anant Goenka, President of FICCI, said on Wednesday that people-to-people interaction with Germany had grown.", "2026-06-04")).toEqual([]);
  });
});

describe("a coordinated subject whose apposition opens with a style", () => {
  it("co-chaired together", () => {
    const text =
      "Indian Minister of State for External Affairs Pabitra Margherita was received by Vice President Kashim Shettima on Wednesday. Earlier on Tuesday, Margherita and the Minister of Foreign Affairs, Amb. Yusuf Maitama Tuggar, co-chaired the Joint Commission.";
    expect(meetings(text, "2026-06-18")).toContainEqual(["2026-06-16", "held", ["Pabitra Margherita", "Yusuf Maitama Tuggar"]]);
  });
});
