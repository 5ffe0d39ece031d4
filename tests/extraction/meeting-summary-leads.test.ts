// A broadcaster's summary lead (issue #11, batch21): "X has hosted Y in Veldran." dated the report's day for want of
// its own, over a body that tells the encounter with its day ("X on Tuesday received Y"), is that encounter.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a perfect-tense summary lead and the encounter told later", () => {
  it("'has hosted' then 'on Tuesday received' the same guest: one encounter, the told day", () => {
    const body = [
      "Kelanian Chancellor Marta Voss has hosted Mirania's President Ilan Serrat in Veldran.",
      "Voss on Tuesday received Serrat with military honours at the Chancellery, and the two leaders held talks on raw materials.",
    ].join("\n\n");
    expect(meetings(body, "2026-05-20")).toEqual([["2026-05-19", "held", ["Ilan Serrat", "Marta Voss"]]]);
  });

  it("'has hosted' then talks with the delegations the day before: one encounter", () => {
    const body = [
      "Kelanian President Marta Voss has hosted Mirania's President Ilan Serrat in Veldran.",
      "Voss held talks with Serrat on Monday, joined by Kelanian Foreign Minister Oren Dale and Miranian Foreign Minister Sami Kord.",
    ].join("\n\n");
    expect(meetings(body, "2026-10-14")).toEqual([["2026-10-12", "held", ["Ilan Serrat", "Marta Voss", "Oren Dale", "Sami Kord"]]]);
  });

  it("an encounter with someone else told later stays apart", () => {
    const body = [
      "Kelanian Chancellor Marta Voss has hosted Mirania's President Ilan Serrat in Veldran.",
      "On Monday, Serrat met Kelanian Economy Minister Katrin Holm.",
    ].join("\n\n");
    expect(meetings(body, "2026-05-20")).toEqual([
      ["2026-05-20", "held", ["Ilan Serrat", "Marta Voss"]],
      ["2026-05-18", "held", ["Ilan Serrat", "Katrin Holm"]],
    ]);
  });
});
