// Parliamentary styles, Korean given names and a mission's bare office (issue #11): "Rt Hon. A" (an abbreviated style of
// two words closed by a full stop), "Speaker Among" (a family name that is also a function word, after a title),
// "Park Jun-yong" (a month's abbreviation joined to a lower-case syllable), "Ambassador proposed" (a release naming its
// own head by the bare office) and border towns read as a person ("between Padang Besar and Hat Yai").
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("officials' styles and short references", () => {
  it("'Rt Hon. A' is a style, not a name", () => {
    const doc = run("The Speaker of Parliament, Rt Hon. Grace Kemigisha, received the Speaker of the National Assembly of Kenya, Rt Hon. Moses Wanjala, on Tuesday.", "2026-06-18");
    expect(names(doc)).toEqual(expect.arrayContaining(["Grace Kemigisha", "Moses Wanjala"]));
    expect(names(doc)).not.toContain("Rt Hon");
  });

  it("'Speaker Among' after a title is the speaker Among, not the preposition", () => {
    const doc = run(
      "The Speaker of Parliament, Rt Hon. Jane Akello Among, received the Speaker of the National Assembly of Malawi, Hon. Peter Banda, on Tuesday. The meeting was attended by the Deputy Speaker, Hon. Paul Okot. Okot proposed that the two Parliaments set up friendship groups. Speaker Among recalled that she had first met Banda in Geneva in October last year.",
      "2026-06-18",
    );
    const among = doc.officials.findIndex((o) => o.name === "Jane Akello Among");
    const okot = doc.officials.findIndex((o) => o.name === "Paul Okot");
    const geneva = doc.meetings.find((m) => m.location === "Geneva");
    expect(geneva?.participants).toContain("Jane Akello Among");
    expect(geneva?.participants).not.toContain("Paul Okot");
    expect(among).toBeGreaterThanOrEqual(0);
    expect(okot).toBeGreaterThanOrEqual(0);
  });

  it("'Kim Jun-ho', 'Park Mar-su': a month's abbreviation before a lower-case syllable is a given name", () => {
    expect(names(run("Korean Ambassador Kim Jun-ho met the minister on Monday.", "2026-06-18"))).toContain("Kim Jun-ho");
    expect(names(run("The Korean envoy, Mr. Park Mar-su, met the minister on Monday.", "2026-06-18"))).toContain("Park Mar-su");
  });

  it("'Ambassador proposed' is the release's ambassador, not the minister named last", () => {
    const doc = run(
      "Ambassador Ravi Kumar called on Deputy Minister Nguyen Thu Ha in Hanoi on 22 January. They discussed preparations for the Joint Commission, to be co-chaired by External Affairs Minister Arjun Mehta and the Foreign Minister of Vietnam. Ambassador proposed that both sides finalise the treaty on extradition. He also invited Vietnamese firms to attend the Delhi trade fair.",
      "2026-06-18",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Ravi Kumar", "Ravi Kumar"]);
  });

  it("border towns between 'between' and 'and' are places", () => {
    const doc = run("Prime Minister Ana Silva and her Thai counterpart Somchai Wong agreed on Thursday to build a rail link between Padang Besar and Hat Yai.", "2026-06-18");
    expect(official(doc, "Hat Yai")).toBeUndefined();
  });

  it("a country inside the reported clause does not hide the speaker of a verb joined by 'and' to the reporting one", () => {
    const doc = run(
      "Secretary General Omar Haddad received British Minister Tom Fairley in Riyadh on Monday. The Secretary General noted that the talks with Britain were nearly over, and urged the British side to conclude the remaining chapters.",
      "2026-06-18",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.addressee])).toEqual([["Omar Haddad", "United Kingdom"]]);
  });

  it("'Secretary de la Fuente proposed' is a title and a name, not the bare office", () => {
    const doc = run(
      "Secretary-General Ana Barnes received Foreign Secretary Luis de la Vega in Georgetown on Monday. Secretary de la Vega proposed that the commission adopt a new programme on health. He also suggested that the two sides explore a direct air link.",
      "2026-06-18",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Luis de la Vega", "Luis de la Vega"]);
  });
});

