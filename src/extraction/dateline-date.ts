// The publication date of a plain-text report without a ` date` header, read from its dateline:
// "HANOI, June 13 (VNA) –", "Jakarta, Monday (20/10) (ANTARA) -", "GENEVA, March 3, 2024 (Reuters) -".
// Wire datelines usually omit the year: it is the most recent one that puts the date on or before
// the reference day (the day the text was read), and when a weekday is given, the most recent year
// in which that date falls on it.
import { isValidDate } from "./reader.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const PLACE = String.raw`[\p{Lu}][\p{L}\p{M} .'’-]{1,40}?`;
const WEEKDAY = String.raw`(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?`;
const MONTH_DAY = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?`;
const DAY_MONTH = String.raw`\((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\)`;
const DATELINE_RE = new RegExp(String.raw`^\s*${PLACE},\s*${WEEKDAY}(?:${MONTH_DAY}|${DAY_MONTH})\s*(?:\([A-Za-z]{1,12}\)\s*)?[–—:-]`, "u");

/** How many lines from the top a dateline may sit (after a headline and a byline). */
const LINES_SEARCHED = 4;

/** The dateline's date as YYYY-MM-DD, or null when the text opens with no dated dateline. */
export function datelineDate(text: string, reference: Date = new Date()): string | null {
  const lines = text.split("\n").filter((l) => l.trim()).slice(0, LINES_SEARCHED);
  for (const line of lines) {
    const m = DATELINE_RE.exec(line);
    if (!m) continue;
    const weekday = m[1] ? WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase()) : null;
    const month = m[2] ? MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1 : Number(m[6]);
    const day = m[2] ? Number(m[3]) : Number(m[5]);
    const yearText = m[4] ?? m[7];
    const year = yearText ? (yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)) : null;
    return resolve(month, day, year, weekday, reference);
  }
  return null;
}

function resolve(month: number, day: number, year: number | null, weekday: number | null, reference: Date): string | null {
  const iso = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (year !== null) return isValidDate(iso(year)) ? iso(year) : null;
  // One day of slack for time zones ahead of UTC, as the admission rules allow.
  const latest = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() + 1)).toISOString().slice(0, 10);
  let fallback: string | null = null;
  for (let y = reference.getUTCFullYear(); y > reference.getUTCFullYear() - 8; y--) {
    const candidate = iso(y);
    if (!isValidDate(candidate) || candidate > latest) continue;
    if (weekday === null || new Date(`${candidate}T00:00:00Z`).getUTCDay() === weekday) return candidate;
    fallback ??= candidate;
  }
  return fallback;
}
