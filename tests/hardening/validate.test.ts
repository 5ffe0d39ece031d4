// The admission rules on their own (pure): one DocumentError naming the source and the reason.
import { describe, expect, it } from "vitest";
import { DocumentError } from "../../src/extraction/types.ts";
import { dateProblem, languageProblem, looksLikeHtml, maxDocumentBytes, validateDocument } from "../../src/extraction/validate.ts";
import { generateCorpus } from "../../bench/corpus.ts";
import { DATED_HTML_PAGE, FRENCH, HTML_PAGE, RUSSIAN, SEED_A, SEED_B, UNDATED, VIETNAMESE, withDate } from "./fixtures.ts";

const NOW = new Date("2026-01-15T12:00:00Z");

function refusal(text: unknown, options: { date?: string; maxBytes?: number } = {}): DocumentError {
  try {
    validateDocument(text, { source: "doc.txt", now: NOW, ...options });
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).source).toBe("doc.txt");
    return err as DocumentError;
  }
  throw new Error("the document was accepted");
}

describe("validateDocument", () => {
  it("accepts the seed reports and a synthetic corpus", () => {
    expect(validateDocument(SEED_A, { source: "a", now: NOW })).toEqual({ date: "2023-06-13", dateFrom: "header" });
    expect(validateDocument(SEED_B, { source: "b", now: NOW }).dateFrom).toBe("header");
    let n = 0;
    for (const d of generateCorpus({ docs: 500, seed: 99 })) {
      validateDocument(d.text, { source: d.name, now: NOW });
      n++;
    }
    expect(n).toBe(500);
  });

  it("refuses empty and whitespace-only documents, and a lone date header", () => {
    expect(refusal("").message).toBe("empty document");
    expect(refusal(" \n\t\r\n  ").message).toBe("empty document");
    expect(refusal(" date 2023-06-13 \n\n").message).toBe("empty document (only a date header)");
  });

  it("refuses binary content and broken Unicode", () => {
    expect(refusal("abc\u0000def").message).toMatch(/binary content/);
    expect(refusal(withDate("2023-06-13") + "\u0001\u0002\u0003".repeat(200)).message).toMatch(/control characters/);
    expect(refusal(withDate("2023-06-13") + "\uD800 broken").message).toMatch(/broken Unicode/);
    expect(refusal(withDate("2023-06-13").replace(/e/g, "\uFFFD")).message).toMatch(/not valid UTF-8/);
    expect(refusal(42).message).toBe("not text");
  });

  it("refuses a document without a date unless one is given, and impossible, future or ancient dates", () => {
    expect(refusal(UNDATED).message).toMatch(/^no date: .*no " date YYYY-MM-DD" header/);
    expect(validateDocument(UNDATED, { source: "u", date: "2023-05-02", now: NOW })).toEqual({ date: "2023-05-02", dateFrom: "given" });
    expect(refusal(withDate("2023-02-30")).message).toBe("the date header 2023-02-30 is an impossible date");
    expect(refusal(withDate("2023-13-01")).message).toBe("the date header 2023-13-01 is an impossible date");
    expect(refusal(withDate("2099-01-01")).message).toBe("the date header 2099-01-01 is in the future");
    expect(refusal(withDate("1850-01-01")).message).toBe("the date header 1850-01-01 is before 1900-01-01");
    expect(refusal(UNDATED, { date: "2023-02-30" }).message).toBe("the given date 2023-02-30 is an impossible date");
    expect(refusal(UNDATED, { date: "2099-01-01" }).message).toBe("the given date 2099-01-01 is in the future");
    expect(refusal(UNDATED, { date: "May 2" }).message).toMatch(/is not a date/);
    // The header wins over a given date, as in extraction.
    expect(validateDocument(SEED_A, { source: "a", date: "2099-01-01", now: NOW }).date).toBe("2023-06-13");
  });

  it("lets a date one day ahead through (time zones), not two", () => {
    expect(dateProblem("2026-01-16", NOW)).toBeNull();
    expect(dateProblem("2026-01-17", NOW)).toMatch(/future/);
    expect(dateProblem("2024-02-29", NOW)).toBeNull();
    expect(dateProblem("2023-02-29", NOW)).toMatch(/impossible/);
  });

  it("refuses HTML pages, with or without a date header, but not a report quoting a tag", () => {
    expect(refusal(HTML_PAGE).message).toBe("an HTML page, not a plain-text report");
    expect(refusal(DATED_HTML_PAGE).message).toBe("an HTML page, not a plain-text report");
    expect(looksLikeHtml(SEED_A + " The statement used the <p> tag once.")).toBe(false);
  });

  it("refuses documents over the size limit, counted in UTF-8 bytes", () => {
    const text = withDate("2023-06-13") + " Việt Nam".repeat(100);
    const bytes = Buffer.byteLength(text, "utf8");
    expect(refusal(text, { maxBytes: bytes - 1 }).message).toBe(`document is ${bytes} bytes, over the limit of ${bytes - 1} bytes`);
    expect(validateDocument(text, { source: "x", maxBytes: bytes, now: NOW }).date).toBe("2023-06-13");
    const big = withDate("2023-06-13") + "x".repeat(1024 * 1024);
    expect(refusal(big).message).toMatch(/over the limit of 1048576 bytes/);
  });

  it("reads the size limit from DIPLOGRAPH_MAX_BYTES", () => {
    expect(maxDocumentBytes({})).toBe(1024 * 1024);
    expect(maxDocumentBytes({ DIPLOGRAPH_MAX_BYTES: "2048" })).toBe(2048);
    expect(maxDocumentBytes({ DIPLOGRAPH_MAX_BYTES: "lots" })).toBe(1024 * 1024);
  });

  it("refuses non-English reports", () => {
    expect(refusal(VIETNAMESE).message).toMatch(/^not English: only 0\.0% of its \d+ words are common English words/);
    expect(refusal(FRENCH).message).toMatch(/^not English: only \d+\.\d% of its/);
    expect(refusal(RUSSIAN).message).toMatch(/^not English: \d+% of the letters are not Latin script \(mostly Cyrillic\)/);
    expect(languageProblem("越南工贸部长阮鸿延会见韩国驻越南大使。")).toMatch(/mostly Chinese/);
    expect(languageProblem("12345 67890 --- ...")).toMatch(/no words/);
    // Too short to judge by words: passes.
    expect(languageProblem("Minister Dien received Ambassador Oh.")).toBeNull();
  });

  it("refuses short French and German reports like the longer ones, and keeps short English ones", () => {
    const german = "Der Minister empfing den Botschafter in Hanoi und sprach über die Zusammenarbeit im Handel und im Verkehr.";
    expect(german.split(" ")).toHaveLength(17);
    expect(languageProblem(german)).toBe("not English: 6 of its 17 words are common French or German words, 0 common English words");
    expect(refusal(german, { date: "2023-06-13" }).message).toMatch(/^not English: /);
    expect(languageProblem("Le ministre a reçu l’ambassadeur et les deux parties ont discuté des échanges.")).toMatch(/^not English: 4 of its 13 words are common French or German/);
    expect(languageProblem("President Ursula von der Leyen met Prime Minister Pham Minh Chinh in Brussels on Monday.")).toBeNull();
    expect(languageProblem("Deputy Prime Minister Le Van Thanh received Ambassador Oh Young-ju and said that trade grew.")).toBeNull();
  });
});
