// A second speaker in the same passage (issue #11, proposals): "A proposed ..., while the Namibian President called
// on ..." gives the call to the other side, even when both offices resolve to the first speaker; "A called for ... Sisi
// urged Greece ..." finds Sisi under his family name without its article ("el-Sisi").
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string) => run(body, "2026-08-28").proposals.map((p) => [p.speaker, p.kind]);

describe("a second speaker", () => {
  it("'A proposed ..., while the Namibian President called on ...' is two speakers", () => {
    expect(
      acts(
        "Luanda - The President of the Republic, João Lourenço, held talks Thursday in Luanda with his Namibian counterpart, Netumbo Nandi-Ndaitwah, on the Baynes project. João Lourenço proposed the creation of a binational company to manage the railway link, while the Namibian President called on SADC member states to speed up the free movement of people in the region.",
      ),
    ).toEqual([
      ["João Lourenço", "proposal"],
      ["Netumbo Nandi-Ndaitwah", "call"],
    ]);
  });

  it("'A called for ... Sisi urged Greece ...': the family name without its article", () => {
    expect(
      acts(
        "Greek Prime Minister Kyriakos Mitsotakis held talks in Cairo on Tuesday with Egyptian President Abdel Fattah el-Sisi. Mitsotakis called for a swift conclusion of the negotiations on the interconnection. Sisi urged Greece to support an increase of EU funding for migration.",
      ),
    ).toEqual([
      ["Kyriakos Mitsotakis", "call"],
      ["Abdel Fattah el-Sisi", "call"],
    ]);
  });
});
