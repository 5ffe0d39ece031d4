// A style of several words alone as a sentence's subject ("Samdech Thipadei proposed ...", "Datuk Seri also called for
// ...") is the person last named with that style (issue #11, coreference and proposals).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a bare style as the subject", () => {
  it("'Samdech Thipadei proposed' is the one named 'Samdech Thipadei Hun Sok' before", () => {
    const doc = run(
      "Samdech Thipadei Hun Sok, Prime Minister of the Kingdom of Cambodia, held talks on Wednesday with H.E. Sonexay Phouma, Prime Minister of the Lao PDR. Samdech Thipadei proposed that the two sides upgrade the border checkpoint. H.E. Sonexay Phouma, for his part, invited Cambodian investors to the zone.",
      "2026-03-12",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Hun Sok", "proposal"],
      ["Sonexay Phouma", "invitation"],
    ]);
  });

  it("a style no one was named with refers to no one", () => {
    const doc = run("Prime Minister Hun Sok held talks on Wednesday with Prime Minister Sonexay Phouma. Datuk Seri proposed a new checkpoint.", "2026-03-12");
    expect(doc.proposals.map((p) => p.speaker)).not.toContain("Hun Sok");
  });
});
