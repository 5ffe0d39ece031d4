// Press shorthand for an instrument (issue #11, agreements): "a deal on X" in a summary names the memorandum or
// treaty on X told in full elsewhere, not a second instrument; a deal about something else stays its own.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title]);

describe("loose heads", () => {
  it("'a deal on a ferry service' is the memorandum on that ferry service", () => {
    const doc = run(
      "SUMMARY: The two presidents also witnessed the signing of a deal on a ferry service between Lakeport and Brimfield.\nThe two presidents witnessed the signing of a memorandum of understanding on a passenger and cargo ferry service between Lakeport and Brimfield.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["mou", "memorandum of understanding on a passenger and cargo ferry service between Lakeport and Brimfield"]]);
  });

  it("a pact told after the treaty it abbreviates is that treaty", () => {
    const doc = run("The ministers signed a treaty on extradition and mutual legal assistance. Officials said the extradition pact would speed up cases.", "2026-08-14");
    expect(rows(doc)).toEqual([["treaty", "treaty on extradition and mutual legal assistance"]]);
  });

  it("a deal about something else is a second instrument", () => {
    const doc = run("The ministers signed a memorandum of understanding on rail freight and a deal on grain exports.", "2026-08-14");
    expect(rows(doc)).toEqual([
      ["mou", "memorandum of understanding on rail freight"],
      ["agreement", "deal on grain exports"],
    ]);
  });
});
