// What closes a name set off by commas after a title (issue #11, names, batches 03-10): post-nominal
// letters ("Simon Harris TD"), a family name that is a common word or a country's name ("Catherine
// West", "Luís Montenegro"), a person of one name ("Siddaramaiah"), and a monarch of one name whose
// own apposition tells him from a fuller name that contains it ("Sultan Ibrahim, King of Malaysia,"
// beside "Anwar Ibrahim"); the realm in a monarch's title says nothing of the report's sides, and a
// visit "to Ireland by a Canadian minister" is not the sentence subject's.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("apposition ends", () => {
  it("post-nominal letters are neither name nor a stop ('Simon Harris TD, yesterday welcomed')", () => {
    const doc = run(
      "DUBLIN - The Tánaiste and Minister for Foreign Affairs and Trade, Simon Harris TD, yesterday welcomed the Minister of Foreign Affairs of Canada, the Hon. Anita Anand, to Iveagh House for the first visit to Ireland by a Canadian foreign minister in six years. The Social Security Agreement between Ireland and Canada was discussed. Ireland and Canada agreed to meet again.",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Simon Harris", "Anita Anand"]));
    expect(official(doc, "Simon Harris")?.country).toBe("IE");
    expect(official(doc, "Anita Anand")?.country).toBe("CA");
  });

  it.each([
    ["They were joined by the Minister for the Indo-Pacific, Catherine West, and the High Commissioner.", "Catherine West"],
    ["The Portuguese Prime Minister, Luís Montenegro, and the Mozambican President, Daniel Chapo, co-chaired the summit on Tuesday.", "Luís Montenegro"],
    ["Söder made the offer during talks with the Chief Minister of the southern state of Karnataka, Siddaramaiah, in Bengaluru.", "Siddaramaiah"],
    ["She met the Speaker of the House, Jane Doe MP, on Friday.", "Jane Doe"],
  ])("%s", (body, name) => {
    expect(names(run(body))).toContain(name);
  });

  it("a monarch of one name beside a fuller name holding it, and the realm in his title", () => {
    const doc = run(
      "PUTRAJAYA: Prime Minister Anwar Ibrahim and his Singapore counterpart Lawrence Wong held their retreat on Tuesday. Economy Minister Rafizi Ramli signed the agreement with Singapore. On Monday, Wong was received in audience by His Majesty Sultan Ibrahim, King of Malaysia, at Istana Negara. Malaysia and Singapore agreed to meet again.",
    );
    expect(names(doc)).toEqual(expect.arrayContaining(["Anwar Ibrahim", "Ibrahim"]));
    expect(official(doc, "Ibrahim")?.country).toBe("MY");
    expect(official(doc, "Rafizi Ramli")?.country).toBe("MY");
  });

  it("'President Aoun, Speaker of Parliament Nabih Berri and ...': a list, not an apposition", () => {
    const doc = run("President Joseph Aoun received the Pope. The Pope will meet President Aoun, Speaker of Parliament Nabih Berri and Prime Minister Nawaf Salam on 30 November.");
    expect(names(doc)).not.toContain("Aoun");
  });
});
