// Proposals told as a noun or inside a quotation (issue #11, proposals): "extended an invitation to X to attend" is an
// invitation; '"I asked X to ...," the Ghanaian leader told journalists' is the act of the one the attribution names,
// and "leader" there is the head of state or government, not a minister of the same country.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (doc: ReturnType<typeof run>) => doc.proposals.map((p) => [p.speaker, p.kind, p.text]);

describe("proposals as nouns and quotations", () => {
  it("'extended an invitation to X to attend' is an invitation", () => {
    const doc = run("Prime Minister Ana Ruiz met President Tom Hale in Lima on Monday. Prime Minister Ruiz extended an invitation to President Hale to attend the Andean Trade Forum in Quito next year.", "2026-06-24");
    expect(acts(doc)).toEqual([["Ana Ruiz", "invitation", "President Hale to attend the Andean Trade Forum in Quito next year"]]);
  });

  it("a request in a quotation is the act of the leader named after it, and stops at the closing quote", () => {
    const doc = run(
      'Ghanaian President Ana Ruiz held talks with Togolese President Tom Hale in Lima on Monday. Ghanaian Foreign Minister Rufus Firefly said the talks were cordial.\n"I also asked Togo to open its market to Ghanaian rice and cement," the Ghanaian leader told journalists.',
      "2026-06-24",
    );
    expect(acts(doc)).toEqual([["Ana Ruiz", "request", "Togo to open its market to Ghanaian rice and cement"]]);
  });

  it("a quotation attributed to a named minister stays his", () => {
    const doc = run(
      'Ghanaian President Ana Ruiz held talks with Togolese President Tom Hale in Lima on Monday.\n"We asked Togo to lift the visa requirement for students," Foreign Minister Rufus Firefly told reporters.',
      "2026-06-24",
    );
    expect(acts(doc).map((a) => a[0])).toEqual(["Rufus Firefly"]);
  });
});
