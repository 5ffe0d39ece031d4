// An object pronoun is never the subject of its own clause (issue #11, names): "Museveni asked him to ..." after a
// sentence about the Turkish envoy asks the envoy, not Museveni himself; and a participial aside before the act
// ("Von der Leyen, standing beside him, proposed ...") does not lend its pronoun to the speaker.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date: string) => run(body, date).proposals.map((p) => [p.speaker, p.addressee]);

describe("an object pronoun after the subject alone", () => {
  it("is the man the sentence before named, not the subject", () => {
    const body =
      "President Daniel Okello on Tuesday received the new Ambassador of Sweden, Lars Berggren, at State House.\n\n" +
      "Berggren told the President that the double taxation agreement was still awaiting ratification. Okello asked him to encourage Swedish firms to invest in the railway.";
    expect(acts(body, "2026-02-25")).toEqual([["Daniel Okello", "Lars Berggren"]]);
  });

  it("is nobody known when the sentence before names no one else", () => {
    const body = "President Daniel Okello spoke on Tuesday at State House.\n\nOkello asked him to encourage Swedish firms to invest in the railway.";
    expect(acts(body, "2026-02-25").every(([speaker, addressee]) => addressee !== speaker)).toBe(true);
  });
});

describe("a participial aside before the act", () => {
  it("does not make its pronoun the speaker", () => {
    const body =
      "At the press conference, Prime Minister Tom Harlow called on the bloc to open talks on professional qualifications.\n\n" +
      "Commission President Anna Keller, standing beside him, proposed that the two sides hold the next summit in Brussels in the spring of 2027.";
    expect(acts(body, "2026-05-19").map(([speaker]) => speaker)).toEqual(["Tom Harlow", "Anna Keller"]);
  });
});
