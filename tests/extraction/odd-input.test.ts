import { describe, expect, it } from "vitest";
import { DocumentError, extract } from "../../src/extraction/index.ts";

describe("odd input", () => {
  it("rejects empty, non-text and undated documents with a clear DocumentError", () => {
    expect(() => extract("", { source: "a.txt" })).toThrow(DocumentError);
    expect(() => extract("   \n ", { source: "a.txt" })).toThrow(/empty/);
    expect(() => extract(42 as unknown as string, { source: "a.txt" })).toThrow(/not text/);
    expect(() => extract("bin\u0000ary", { source: "a.txt" })).toThrow(/binary/);
    expect(() => extract("No header here.", { source: "b.txt" })).toThrow(/b\.txt.*no " date/);
    expect(() => extract("No header.", { source: "b.txt", date: "2023-02-30" })).toThrow(/invalid date/);
  });

  it("accepts a document without a header when a date is given", () => {
    const d = extract("Prime Minister Pham Minh Chinh received Ambassador Lee Hyuk on Monday.", { source: "c.txt", date: "2023-06-14" });
    expect(d.document.date).toBe("2023-06-14");
    expect(d.meetings[0].date).toBe("2023-06-12");
  });

  it("returns an empty result for a header with no sentences", () => {
    const d = extract(" date 2023-01-01", { source: "d.txt" });
    expect(d.sentences).toEqual([]);
    expect(d.officials).toEqual([]);
  });

  it("survives all capitals and another language", () => {
    const caps = extract(" date 2023-01-01 HEADLINE\nPRIME MINISTER PHAM MINH CHINH RECEIVED AMBASSADOR LEE HYUK ON JUNE 1.", { source: "e.txt" });
    expect(caps.document.date).toBe("2023-01-01");
    const es = extract(" date 2022-12-06 Vietnam extiende felicitaciones\nEl presidente Nguyễn Xuân Phúc se reunió con su homólogo surcoreano Yoon Suk-yeol el lunes.", { source: "f.txt" });
    expect(es.document.date).toBe("2022-12-06");
    const zh = extract(" date 2022-12-06 标题\n越南总理范明政会见了韩国总理。", { source: "g.txt" });
    expect(zh.sentences.length).toBeGreaterThan(0);
  });

  it("handles a 1 MB document in reasonable time", () => {
    const para = "Prime Minister Pham Minh Chinh received RoK Ambassador Lee Hyuk in Hanoi on June 13. He suggested the two sides boost trade.\n";
    const text = ` date 2023-06-13 Big\n${para.repeat(Math.ceil(1_000_000 / para.length))}`;
    const t0 = Date.now();
    const d = extract(text, { source: "big.txt" });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(d.officials).toHaveLength(2);
    expect(d.meetings).toHaveLength(1);
  });
});
