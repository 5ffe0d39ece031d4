// An instrument only proposed so far ("would sign X within weeks", "proposed that the two countries sign X") whose text
// the report tells in negotiation, after it in its sentence or in the next one ("Officials confirmed the text was in its
// final stage", "The draft is still being negotiated", "the text of X was almost there"), is under negotiation; a text
// told of another instrument named in between is not its text (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const states = (body: string) => extract(` date 2026-04-22 Ministers meet\n\n${body}\n`, { source: "t.txt" }).agreements.map((a) => [a.title, a.status]);

describe("a proposed instrument whose text is in negotiation", () => {
  it("is under negotiation when the next sentence tells its text so", () => {
    expect(states('Prime Minister Mark Carney told reporters the two countries would sign a critical minerals supply agreement "within weeks." Officials from both governments confirmed the text was in its final stage.')).toEqual([
      ["critical minerals supply agreement", "under_negotiation"],
    ]);
    expect(states("Do Hung Viet proposed that the two countries sign a new rice trade agreement during the visit. The draft is still being negotiated by the two agriculture departments.")).toEqual([
      ["rice trade agreement", "under_negotiation"],
    ]);
  });

  it("is under negotiation when its own sentence tells its text so", () => {
    expect(states('Sugiono said the text of the Indonesia-Australia Maritime Cooperation Arrangement was "almost there" and could be signed later this year.')).toEqual([
      ["Indonesia-Australia Maritime Cooperation Arrangement", "under_negotiation"],
    ]);
  });

  it("stays proposed when the text told is another instrument's", () => {
    expect(states("The two countries would sign a rice trade agreement next month. A memorandum on fisheries was also discussed, and its text is being finalised.").find((a) => a[0] === "rice trade agreement")).toEqual([
      "rice trade agreement",
      "proposed",
    ]);
  });
});
