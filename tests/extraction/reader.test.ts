import { describe, expect, it } from "vitest";
import { extract, readDocument } from "../../src/extraction/index.ts";

describe("document reader", () => {
  it("reads the date header with leading spaces and tells a headline from a first sentence", () => {
    const h = readDocument("   date 2023-12-21 Vietnam-RoK ties expected to grow: Deputy PMs\nThe two sides met in Hanoi.");
    expect(h.date).toBe("2023-12-21");
    expect(h.title).toBe("Vietnam-RoK ties expected to grow: Deputy PMs");
    expect(h.sentences.map((s) => s.text)).toEqual(["The two sides met in Hanoi."]);
    const s = readDocument(" date 2023-06-13 The ministry is ready to help, said the minister.\nMore text follows here.");
    expect(s.title).toBeNull();
    expect(s.sentences[0].text).toBe("The ministry is ready to help, said the minister.");
  });

  it("drops datelines, captions glued to datelines, sign-offs and a repeated lead", () => {
    const text = [
      " date 2023-12-21 Leaders talk",
      "Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone on December 21.",
      "Prime Minister Pham Minh Chinh at the talks. (Photo: VNA)Hanoi (VNA) – Chinh proposed closer ties.",
      "Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone on December 21./.",
    ].join("\n");
    const r = readDocument(text);
    expect(r.dateline).toBe("Hanoi");
    expect(r.sentences.map((s) => s.text)).toEqual([
      "Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone on December 21.",
      "Chinh proposed closer ties.",
    ]);
    expect(r.noise.map((n) => n.kind)).toEqual(expect.arrayContaining(["caption", "dateline", "signoff", "repeat"]));
    const doc = extract(text, { source: "x" });
    expect(doc.meetings).toHaveLength(1);
  });

  it("reads an all-capitals dateline with a dash and a VNS sign-off", () => {
    const r = readDocument(" date 2021-04-03 Top legislators talk\nHÀ NỘI — The chairman spoke on Friday. — VNS");
    expect(r.dateline).toBe("Hanoi");
    expect(r.sentences.map((s) => s.text)).toEqual(["The chairman spoke on Friday."]);
  });

  it("takes an outlet's name in capitals over its full name for a masthead, not a dateline (issue #11)", () => {
    const r = readDocument(" date 2026-09-17 Leaders meet\nKANEWS - Kalahari News and Information Services\nPresident Amos Banda met the minister yesterday.");
    expect(r.dateline).toBeNull();
    const d = readDocument(" date 2026-09-17 Leaders meet\nLUSAKA - President Amos Banda met the minister yesterday.");
    expect(d.dateline).toBe("Lusaka");
  });

  it("reads a dateline with a date, a position-only caption and a credit line, but keeps '(RCEP)' content", () => {
    const r = readDocument(
      " date 2023-06-13 Headline here\nPrime Minister Pham Minh Chinh (R) and Ambassador Lee Hyuk.\nHanoi, June 13 (VNA) – The minister spoke.\nThey use the Regional Comprehensive Economic Partnership (RCEP).\nThe two leaders at the talks. Photo: baochinhphu.vn",
    );
    expect(r.dateline).toBe("Hanoi");
    expect(r.sentences.map((s) => s.text)).toEqual(["The minister spoke.", "They use the Regional Comprehensive Economic Partnership (RCEP)."]);
  });

  it("reads a headline set on its own line under a bare date header (issue #11)", () => {
    const r = readDocument(" date 2026-05-02\nLeaders agree to build bridge over border river\nSite Name\nThe two presidents met in Asunción on Friday.");
    expect(r.title).toBe("Leaders agree to build bridge over border river");
    expect(r.sentences.map((s) => s.text)).not.toContain("Leaders agree to build bridge over border river");
    // A headline-like line set apart from the first paragraph is not joined to it, though the report is hard-wrapped.
    const wrapped = readDocument(
      [
        " date 2026-05-02",
        "Presidents call for faster river works at summit in Asunción",
        "Asunción, May 2 (IP) - President of the Republic Tomás Aguirre",
        "hosted today in Asunción the annual summit of the river states, with",
        "the presidents of the four neighbouring countries taking part in it,",
        "and the leaders agreed to meet again next year in the city of Rosario",
        "to review the progress of the river works and the new port terminals.",
      ].join("\n"),
    );
    expect(wrapped.title).toBe("Presidents call for faster river works at summit in Asunción");
    expect(wrapped.sentences[0].text.startsWith("President of the Republic Tomás Aguirre")).toBe(true);
    // The body's first sentence, a dateline or a line a wrap cut is no headline.
    expect(readDocument(" date 2026-05-02\nThe two presidents met in Asunción on Friday.").title).toBeNull();
    expect(readDocument(" date 2026-05-02\nLUSAKA\nThe two presidents met on Friday.").title).toBeNull();
    expect(readDocument(" date 2026-05-02\nThe two presidents met in Asunción on Friday and\nagreed to build a bridge.").title).toBeNull();
  });

  it("keeps sentence offsets into the original text", () => {
    const text = " date 2022-01-02 Title here\nHanoi (VNA) – Mr. Smith arrived. He met Dr. Lee on Monday! Then they left.";
    const r = readDocument(text);
    expect(r.sentences.map((s) => s.text)).toEqual(["Mr. Smith arrived.", "He met Dr. Lee on Monday!", "Then they left."]);
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
