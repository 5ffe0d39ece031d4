// "the Kensington treaty, which Keir Starmer and Friedrich Merz signed in London last July": a full name the
// office-holders list holds is an office holder even untitled, so "Starmer and Merz spoke by phone on Monday" is their
// call; and a possessive date ("last year's treaty") dates its own noun, not an encounter of the sentence ("Tuesday's
// video call" is the call's). (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const doc = (body: string) => extract(` date 2026-04-22 Cooper visits Berlin\n\n${body}\n`, { source: "t.txt" });

describe("listed office holders and possessive dates", () => {
  it("an untitled listed name is an official", () => {
    const d = doc("The meeting was the first under the Kensington treaty, which Keir Starmer and Friedrich Merz signed in London last July. Starmer and Merz spoke by phone on Monday evening to prepare the visit.");
    expect(d.officials.map((o) => [o.name, o.country])).toEqual([
      ["Keir Starmer", "GB"],
      ["Friedrich Merz", "DE"],
    ]);
    expect(d.meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2026-04-20"]]);
  });

  it("an untitled name not listed stays none", () => {
    expect(doc("The treaty, which Jessica Elgot and Deborah Cole described, was signed last July.").officials).toEqual([]);
  });

  it("a possessive date dates its own noun", () => {
    expect(doc("On Tuesday, Foreign Secretary Yvette Cooper holds talks with Johann Wadephul to put flesh on last year's treaty.").meetings.map((m) => m.date)).toEqual(["2026-04-21"]);
    expect(doc("Prime Minister Petteri Orpo spoke after Tuesday's video call with his Swedish counterpart Ulf Kristersson.").meetings.map((m) => m.date)).toEqual(["2026-04-21"]);
  });
});
