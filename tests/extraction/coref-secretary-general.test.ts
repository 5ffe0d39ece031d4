// "the Secretary General", "the Secretary-General": a two-word office read as one role head; read as the head
// "secretary" followed by a capitalised word it looked like a title before a name and referred to no one
// (issue #11, meetings of international organisations' heads).
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the Secretary General as a reference", () => {
  it.each([["Secretary General"], ["Secretary-General"]])("'the %s had dinner with Y'", (office) => {
    const body =
      `OSCE ${office} Feridun Sinirlioğlu met President Alar Karis in Tallinn on Thursday.\n\n` +
      `On Wednesday evening, the ${office} had dinner with Prime Minister Kristen Michal.`;
    expect(meetings(body, "2026-11-13")).toEqual([
      ["2026-11-12", "held", ["Alar Karis", "Feridun Sinirlioğlu"]],
      ["2026-11-11", "held", ["Feridun Sinirlioğlu", "Kristen Michal"]],
    ]);
  });
});
