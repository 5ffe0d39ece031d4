// The one a proposal is addressed to stands before the infinitive's "to" and is the first of a coordination: a country
// named inside the act ("to invest in Kenya's zones") or as its second party is not the addressee, and so does not move
// the speaker to the other side (issue #11, proposals and countries).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const body =
  "A delegation led by Dubai Chambers President Ahmed Al Mansouri met Cabinet Secretary for Trade Lee Kinyanjui in Nairobi on Monday. Kinyanjui invited Dubai companies to invest in Kenya's special economic zones, and proposed that Dubai Chambers and Kenyan business bodies set up a joint desk. Al Mansouri called on Kenyan authorities to ease visa rules.";

describe("a proposal's addressee", () => {
  const doc = run(body, "2026-03-11");
  const by = (speaker: string) => doc.proposals.filter((p) => p.speaker === speaker).map((p) => p.addressee);

  it("none before 'to' or after 'and'; a demonym right after the verb is one", () => {
    expect(by("Lee Kinyanjui")).toEqual([null, null]);
    expect(by("Ahmed Al Mansouri")).toEqual(["Kenya"]);
  });

  it("the speaker keeps the side of his office's country", () => {
    expect(doc.officials.find((o) => o.name === "Lee Kinyanjui")?.country).toBe("KE");
  });
});
