// Meal verbs ("dined with", "lunched with") tell an encounter as "had dinner with" does; a meeting someone is asked
// to convene or hold ("asked the Director-General to convene a meeting of the group in Geneva in early March") is
// the content of a request, not an encounter held (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("meal verbs", () => {
  it.each([["dined with"], ["lunched with"]])("'On Tuesday evening, A %s B'", (verb) => {
    const body =
      "Croatian Prime Minister Andrej Plenković and his Albanian counterpart Edi Rama signed a deal in Dubrovnik on Wednesday.\n\n" +
      `On Tuesday evening, Rama ${verb} Croatian President Zoran Milanović at the presidential residence in Zagreb.`;
    expect(meetings(body, "2026-04-16")).toContainEqual(["2026-04-14", "held", ["Edi Rama", "Zoran Milanović"]]);
  });
});

describe("a meeting asked to be convened", () => {
  it.each([["asked the Director-General to convene a meeting of the group"], ["urged the Director-General to hold a meeting of the group"]])("'B %s in Geneva in early March'", (request) => {
    const body =
      "On Wednesday, WTO Director-General Ngozi Okonjo-Iweala held a video call with New Zealand's Minister for Trade, Todd McClay.\n\n" +
      `Mr McClay ${request} in Geneva in early March.`;
    expect(meetings(body, "2026-01-29")).toEqual([["2026-01-28", "held", ["Ngozi Okonjo-Iweala", "Todd McClay"]]]);
  });
});
