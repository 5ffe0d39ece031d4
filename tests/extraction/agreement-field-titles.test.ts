// Titles whose complement names a field (issue #11, agreements): "a memorandum of understanding in the field of youth and
// sports" keeps its field, also as the second of two instruments in one phrase.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const titles = (body: string) => run(`Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. ${body}`, "2024-05-14").agreements.map((a) => [a.kind, a.title]);

describe("a field after the head", () => {
  it.each([
    [
      "The two ministers witnessed the signing of an agreement on the avoidance of double taxation and a memorandum of understanding in the field of youth and sports.",
      [["agreement", "agreement on the avoidance of double taxation"], ["mou", "memorandum of understanding in the field of youth and sports"]],
    ],
    ["They signed a memorandum of understanding in the fields of agriculture and fisheries.", [["mou", "memorandum of understanding in the fields of agriculture and fisheries"]]],
    ["They signed an agreement in the area of higher education on Monday.", [["agreement", "agreement in the area of higher education"]]],
  ])("%s", (body, want) => {
    expect(titles(body)).toEqual(want);
  });
});
