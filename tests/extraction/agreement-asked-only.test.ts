// An instrument named only inside a call or a request, with no word of its own state, is what the speaker asks about,
// not an instrument the report tells of ("called on the private sectors to make full use of the African Continental
// Free Trade Area", "urged X to back a swift conclusion of the UK-Gulf Cooperation Council free trade agreement");
// one whose own sentence tells its state stays (issue #11, agreements).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const found = (body: string) => run(body, "2026-05-12").agreements.map((a) => [a.title, a.status]);
const lead = "Foreign Minister Ana Costa met Foreign Minister Lee Kinyanjui in Nairobi on Monday. ";

describe("an instrument named only inside a call", () => {
  it("is no instrument when nothing tells its state", () => {
    expect(found(`${lead}Costa called on the two countries' exporters to make full use of the Atlantic Trade Partnership Agreement.`)).toEqual([]);
  });

  it("is no instrument when the only cue near it tells of another act of the sentence", () => {
    expect(found(`${lead}Costa called on the two countries' exporters to make full use of the Atlantic Trade Partnership Agreement, and proposed that the two ports set up a joint venture.`)).toEqual([]);
  });

  it("stays when a sentence of its own tells its state", () => {
    expect(
      found(`${lead}Costa urged Kenya to back a swift conclusion of the Atlantic Trade Partnership Agreement. Negotiations on the Atlantic Trade Partnership Agreement have been under way since 2022.`),
    ).toEqual([["Atlantic Trade Partnership Agreement", "under_negotiation"]]);
  });

  it("a proposal to sign an instrument keeps it, proposed", () => {
    expect(found(`${lead}Costa proposed that the two countries sign an Agreement on Road Transport before the end of the year.`)).toEqual([
      ["Agreement on Road Transport", "proposed"],
    ]);
  });
});
