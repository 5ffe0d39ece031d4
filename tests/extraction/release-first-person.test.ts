// A ministerial media release tells its encounters in the first person and names its minister only
// in the signature ("Senator the Hon Penny Wong" over "Minister for Foreign Affairs"): outside
// quotation marks, its "I" is that minister (issue #12). Without such a signature, or inside a
// quotation, "I" is nobody the document names.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string) => run(body, "2024-03-05").meetings.map((m) => [m.kind, m.date, [...m.participants].sort()]);

const BODY = "Media release\n5 March 2024\n\nToday I met Malaysia's Minister of Foreign Affairs Mohamad Hasan in Canberra. We discussed maritime security and trade.\n\nI also spoke by phone with Singapore's Minister for Foreign Affairs Vivian Balakrishnan about the region.";

describe("the I of a signed release", () => {
  it("is the minister who signs it", () => {
    expect(meetings(`${BODY}\n\nThe Hon Richard Marles MP\nMinister for Defence\nMedia contact: 02 6277 7800`)).toEqual([
      ["meeting", "2024-03-05", ["Mohamad Hasan", "Richard Marles"]],
      ["phone_call", "2024-03-05", ["Richard Marles", "Vivian Balakrishnan"]],
    ]);
  });

  it("is the minister a masthead names under the office (issue #11)", () => {
    expect(meetings(`Minister for Defence\nThe Hon Richard Marles MP\nHome | Media | Contact\n${BODY}`)).toEqual([
      ["meeting", "2024-03-05", ["Mohamad Hasan", "Richard Marles"]],
      ["phone_call", "2024-03-05", ["Richard Marles", "Vivian Balakrishnan"]],
    ]);
  });

  it("is nobody without a signature naming one official over an office", () => {
    expect(meetings(BODY)).toEqual([]);
    expect(meetings(`${BODY}\n\nRichard Marles said the talks were useful.`)).toEqual([]);
  });

  it("is the speaker, not the signatory, inside a quotation", () => {
    const ms = meetings(
      `Media release\n\nMalaysia's Minister of Foreign Affairs Mohamad Hasan said: "I met Singapore's Minister for Foreign Affairs Vivian Balakrishnan last month."\n\nThe Hon Richard Marles MP\nMinister for Defence`,
    );
    expect(ms.every((m) => !(m[2] as string[]).includes("Richard Marles"))).toBe(true);
  });
});
