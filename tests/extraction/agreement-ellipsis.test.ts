// Several instruments told by ellipsis (issue #11, agreements): "a memorandum of understanding on X and another on Y",
// "nine memorandums of understanding, including one on X and another on Y" are one instrument per complement.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title, a.status]);

describe("instruments by ellipsis", () => {
  it("'and another on' is a second instrument of the same kind", () => {
    const doc = run("President Ana Ruiz and Prime Minister Tom Hale signed a memorandum of understanding on fisheries and another on port logistics, and agreed to meet again in May.", "2026-08-14");
    expect(rows(doc)).toEqual([
      ["mou", "memorandum of understanding on fisheries", "signed"],
      ["mou", "memorandum of understanding on port logistics", "signed"],
    ]);
  });

  it("'including one on X and another on Y' after a plural names two instruments", () => {
    const doc = run(
      "After the talks, the two presidents witnessed the signing of nine memorandums of understanding (MOUs), including one on rare earth processing and another on vocational training. The ministers then met the press.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([
      ["mou", "memorandum of understanding on rare earth processing", "signed"],
      ["mou", "memorandum of understanding on vocational training", "signed"],
    ]);
  });

  it("'an MoU on X and an MoU on Y' stays two", () => {
    const doc = run("The ministers signed an MoU on water management and an MoU on tourism on Tuesday.", "2026-08-14");
    expect(rows(doc).map((r) => r[1])).toEqual(["MoU on water management", "MoU on tourism"]);
  });

  it("a plural with no instrument singled out stays generic", () => {
    const doc = run("The two presidents witnessed the signing of nine memorandums of understanding, including those on trade.", "2026-08-14");
    expect(doc.agreements).toEqual([]);
  });

  it("'one on X and the other on Y' after a plural, hard-wrapped, names two instruments", () => {
    const doc = run(
      "The two presidents witnessed the signing of a treaty on border trade and three memoranda of understanding, one\non forestry and the other on rail freight. They then met the press.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([
      ["treaty", "treaty on border trade", "signed"],
      ["mou", "memorandum of understanding on forestry", "signed"],
      ["mou", "memorandum of understanding on rail freight", "signed"],
    ]);
  });

  it("'memoranda on X and on Y' after a signing verb keeps the verb out of the title", () => {
    const doc = run("After the talks, the ministers exchanged memoranda of understanding on textile trade and on coastal shipping.", "2026-08-14");
    expect(rows(doc).map((r) => r[1])).toEqual(["memoranda of understanding on textile trade", "memoranda of understanding on coastal shipping"]);
  });

  it("a field after the first complement is no instrument of its own", () => {
    const doc = run("The ministers signed agreements on cooperation in the field of water resources and on the protection of investments.", "2026-08-14");
    expect(rows(doc).map((r) => r[1])).toEqual(["agreements on cooperation in the field of water resources", "agreements on the protection of investments"]);
  });
});
