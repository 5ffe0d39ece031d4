// An instrument whose name opens with a capitalised number ("the Four Freedoms Agreement", "the Six-Party Agreement"):
// the number is part of the name; a sentence-opening "Two agreements were signed" names none (issue #11, batch26).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const titles = (body: string) => run(body, "2026-05-20").agreements.map((a) => [a.title, a.status]);

describe("a number opening an instrument's name", () => {
  it("belongs to the name", () => {
    expect(titles("The Four Freedoms Agreement between Egypt and Sudan has been in force since 2004.")).toEqual([["Four Freedoms Agreement between Egypt and Sudan", "in_force"]]);
  });

  it("a count of instruments is no name", () => {
    expect(titles("Two Agreements were signed.")).toEqual([]);
  });
});
