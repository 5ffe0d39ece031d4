// Where an instrument's title ends (issue #12): at a finite verb ("sets quotas", "came into
// effect"), at a comma that starts a clause (", Thailand will"), at a gerund that parallels the
// one governing the instrument ("signing a treaty on X and reviewing Y"); a list of fields or a
// noun in -ing stays in. An instrument named again in other words with the same content
// ("between Thailand and Laos on cooperation in rice trade", then "the Thailand-Laos MoU on rice
// trade cooperation") is one instrument of the document, with the status the first told.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const agreements = (body: string) => run(body, "2024-04-02").agreements.map((a) => [a.title, a.status]);

describe("where a title ends", () => {
  it.each([
    ["The memorandum of understanding on rice trade cooperation sets quotas for the next three years, the minister said.", "memorandum of understanding on rice trade cooperation"],
    ["A memorandum of understanding between Thailand and Laos on cooperation in rice trade came into effect on Monday.", "memorandum of understanding between Thailand and Laos on cooperation in rice trade"],
    ["A memorandum of understanding on cooperation in rice trade entered into force on Monday.", "memorandum of understanding on cooperation in rice trade"],
    ["Under the Agreement on Customs Cooperation, Thailand will open two new checkpoints.", "Agreement on Customs Cooperation"],
    ["The two sides signed an Agreement on Trade, Investment and Tourism.", "Agreement on Trade, Investment and Tourism"],
    ["Modi met Ho on Monday, with the two sides signing a treaty on mutual legal assistance and reviewing defence ties.", "treaty on mutual legal assistance"],
    ["The two sides are finalising a memorandum of understanding on cooperation in mining and processing of rare earths.", "memorandum of understanding on cooperation in mining and processing of rare earths"],
  ])("%s", (body, title) => {
    expect(agreements(body).map((a) => a[0])).toEqual([title]);
  });

  it("reads 'entered into force' after the title as the status", () => {
    expect(agreements("A memorandum of understanding between Thailand and Laos on cooperation in rice trade entered into force on Monday.")).toEqual([
      ["memorandum of understanding between Thailand and Laos on cooperation in rice trade", "in_force"],
    ]);
  });
});

describe("one instrument named in other words", () => {
  it("joins a party-pair form and a swapped word order to the first naming", () => {
    const as = agreements(
      "A memorandum of understanding between Thailand and Laos on cooperation in rice trade came into effect on Monday.\n\nThe first shipments under the Thailand-Laos MoU on rice trade cooperation are due in May.",
    );
    expect(as).toEqual([["memorandum of understanding between Thailand and Laos on cooperation in rice trade", "in_force"]]);
  });

  it("keeps instruments with other parties or other content apart", () => {
    const as = agreements(
      "Thailand and Laos signed a memorandum of understanding on rice trade cooperation and a memorandum of understanding on fisheries cooperation on Monday.\n\nThe Thailand-Cambodia MoU on rice trade cooperation is still being negotiated.",
    );
    expect(as.map((a) => a[0])).toEqual(["memorandum of understanding on rice trade cooperation", "memorandum of understanding on fisheries cooperation", "Thailand-Cambodia MoU on rice trade cooperation"]);
  });
});
