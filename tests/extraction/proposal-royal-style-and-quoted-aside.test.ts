// Two ways a speaker's act escaped (issue #11): a royal style alone as the subject ("HRH urged both sides to ...") is
// the person last named with that style; a quoted aside before a call's "to" ('called on major emitters, "including
// China", to cut emissions') is part of the call.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string) => run(body, "2026-05-12").proposals.map((p) => [p.speaker, p.text]);

describe("a bare royal style as the subject", () => {
  it("is the person named with it", () => {
    const body =
      "His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, received Cyprus Foreign Minister Constantinos Kombos yesterday. HRH urged both sides to build on the momentum of the strategic partnership.";
    expect(acts(body)).toEqual([["Salman bin Hamad Al Khalifa", "both sides to build on the momentum of the strategic partnership"]]);
  });

  it("with no one named with the style, it is no one", () => {
    expect(acts("Cyprus Foreign Minister Constantinos Kombos arrived on Monday. HRH urged both sides to build on the momentum of the partnership.")).toEqual([]);
  });
});

describe("a quoted aside before the call's 'to'", () => {
  it("stays in the call", () => {
    expect(acts('Prime Minister Sitiveni Rabuka called on major emitters, "including China", to cut emissions faster.')).toEqual([
      ["Sitiveni Rabuka", 'major emitters, "including China", to cut emissions faster'],
    ]);
  });
});
