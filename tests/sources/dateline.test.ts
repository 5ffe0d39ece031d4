import { describe, expect, it } from "vitest";
import { datelineDate } from "../../src/extraction/dateline-date.ts";
import { validateDocument } from "../../src/extraction/validate.ts";
import { DocumentError } from "../../src/extraction/types.ts";

const NOW = new Date("2026-11-30T12:00:00Z");
const BODY = " Vietnamese Minister of Industry and Trade Nguyen Hong Dien received the Ambassador of the Republic of Korea on Tuesday, and the two sides said they would work for more trade between the two countries.";

describe("dates from datelines", () => {
  it("takes the most recent year for an agency dateline without one", () => {
    expect(datelineDate(`HANOI, June 13 (VNA) –${BODY}`, NOW)).toBe("2026-06-13");
    // December 13 has not come yet in 2026: last year's.
    expect(datelineDate(`HANOI, December 13 (VNA) –${BODY}`, NOW)).toBe("2025-12-13");
  });

  it("uses the weekday of a day/month dateline to pick the year", () => {
    // 20 October was a Monday in 2025, a Tuesday in 2026.
    expect(datelineDate(`Jakarta, Monday (20/10) (ANTARA) -${BODY}`, NOW)).toBe("2025-10-20");
    expect(datelineDate(`Jakarta, Tuesday (20/10) -${BODY}`, NOW)).toBe("2026-10-20");
  });

  it("keeps an explicit year and finds the dateline under a headline", () => {
    expect(datelineDate(`Ministers meet in Geneva\n\nGENEVA, March 3, 2024 (Reuters) -${BODY}`, NOW)).toBe("2024-03-03");
  });

  it("returns null without a dated dateline", () => {
    expect(datelineDate(`HANOI (VNA) –${BODY}`, NOW)).toBeNull();
    expect(datelineDate(`The minister said on June 13 that ${BODY}`, NOW)).toBeNull();
    expect(datelineDate(`HANOI, February 30 (VNA) –${BODY}`, NOW)).toBeNull();
  });

  it("dates a plain-text report at admission, and names the file when there is no date at all", () => {
    expect(validateDocument(`HANOI, June 13 (VNA) –${BODY}`, { source: "a.txt", now: NOW })).toEqual({ date: "2026-06-13", dateFrom: "dateline" });
    expect(validateDocument(`HANOI, June 13 (VNA) –${BODY}`, { source: "a.txt", date: "2026-06-14", now: NOW }).date).toBe("2026-06-14");
    let error: unknown;
    try {
      validateDocument(`HANOI (VNA) –${BODY}`, { source: "reports/b.txt", now: NOW });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toMatch(/no date/);
    expect((error as DocumentError).source).toBe("reports/b.txt");
  });
});
