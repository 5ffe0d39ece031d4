// Who speaks when a report names its source (issue #11): "According to spokesman X, Mr Anutin proposed ... He also asked
// ..." continues with Anutin, the clause's own subject; "Tinubu, in a statement by his Special Adviser, Mr Bayo Onanuga,
// called on ..." is Tinubu's call, the adviser only its channel.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const speakers = (body: string) => run(body, "2026-02-11").proposals.map((p) => [p.speaker, p.kind]);

describe("a source fronted with 'according to'", () => {
  it("gives way to the clause's own subject for the next sentence's pronoun", () => {
    const body =
      "Prime Minister Anutin Charnvirakul met Lao Prime Minister Sonexay Siphandone on Monday. According to government spokesman Siripong Angkasakulkiat, Mr Anutin proposed that both countries share satellite data. He also asked the Lao government to step up raids on scam compounds.";
    expect(speakers(body)).toEqual([
      ["Anutin Charnvirakul", "proposal"],
      ["Anutin Charnvirakul", "request"],
    ]);
  });

  it("with no subject of its own after it, the source still speaks on", () => {
    const body = "According to government spokesman Siripong Angkasakulkiat, the talks went well. He also asked the Lao government to step up raids on scam compounds.";
    expect(speakers(body)).toEqual([["Siripong Angkasakulkiat", "request"]]);
  });
});

describe("a channel set off between subject and act", () => {
  it("is not the speaker", () => {
    const body =
      "President Bola Ahmed Tinubu received Minister Nasser Bourita on Tuesday. Tinubu, in a statement by his Special Adviser on Information and Strategy, Mr Bayo Onanuga, called on both countries to deepen cooperation in agriculture.";
    expect(speakers(body)).toEqual([["Bola Ahmed Tinubu", "call"]]);
  });
});
