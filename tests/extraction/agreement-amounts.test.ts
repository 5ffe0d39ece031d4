// A sum of money before an instrument (issue #11, agreements): "a €500 million credit line contract" is the credit line
// contract; the amount says how much, not what about, and does not hide the determiner that opens the title.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title]);

describe("amounts before an instrument", () => {
  it.each([
    // (Its purpose, "to finance ...", names it too: agreement-purpose-infinitive.)
    ["The two banks also signed a €500 million credit line contract to finance wind farms.", "credit line contract to finance wind farms"],
    ["The two banks also signed a US$2.5 billion rail upgrade contract on Monday.", "rail upgrade contract"],
  ])("%s", (body, title) => {
    expect(rows(run(body, "2026-08-14"))).toEqual([["contract", title]]);
  });
});
