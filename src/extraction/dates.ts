// Date expressions and their resolution against the publication date. Month names without a
// year and weekdays resolve to the most recent occurrence on or before the header date for past
// events (the gold's convention) and to the next one for planned events.

import { nameParticles } from "./gazetteers.ts";
import { holdsAny, matchForm, mayMatch } from "./text.ts";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// A capitalised word, or a name's particles and one ("Jan van Zanen"), right after a bare month.
const BEFORE_NAME_RE = new RegExp(`^\\s+(?:(?:${[...nameParticles.inside].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s+)*\\p{Lu}`, "u");
const MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH_ALT = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY_ALT = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export type DateKind = "absolute" | "weekday" | "relative-day" | "relative-anchor" | "relative-year" | "relative-month" | "relative-week" | "year";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  year?: number;
  month?: number; // 1-12
  day?: number;
  weekday?: number; // 0 = Sunday
  /** Days to add to the anchor (relative-anchor) or header (relative-day). */
  offset?: number;
  /** Years/months to add to the header year/month (relative-year/-month). */
  shift?: number;
  /** Days either side of the header a day of the month alone (relative-day with `day`) is looked for in. */
  within?: number;
  /** A span such as "December 4 to 6" or "November 13-14". */
  range?: boolean;
  /** Preposition before the expression ("on", "in", "since", "from", "by", "until"). */
  prep: string | null;
}

const AGO_COUNTS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
// `digit`: every match holds a digit; `needs`: every match holds one of these words (lower case). Both are necessary
// conditions, asked before the pattern runs: most sentences have no digit and none of the rarer words, and these
// patterns open with words ("a", "the", "this") that mayMatch finds in nearly every sentence.
type DatePattern = { re: RegExp; digit?: boolean; needs?: string[]; build: (m: RegExpExecArray) => Omit<DateMention, "start" | "end" | "text" | "prep"> | null };
const LISTED: DatePattern[] = [
  {
    // 2026-03-09 (ISO), 09.03.2026 (day first, as Europe writes it with full stops), 19/3/2026 (with slashes only when one
    // part is above 12: "3/9/2026" is the 3rd of September or March 9 by the outlet's habit, which the text does not tell).
    re: /\b(?:((?:19|20)\d{2})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})|(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}))\b(?![-./]\d)/g,
    digit: true,
    build: (m) => {
      let [year, month, day] = m[1] ? [+m[1], +m[2], +m[3]] : m[4] ? [+m[6], +m[5], +m[4]] : [+m[9], 0, 0];
      if (m[7]) {
        const [a, b] = [+m[7], +m[8]];
        if (a > 12 && b <= 12) [month, day] = [b, a];
        else if (b > 12 && a <= 12) [month, day] = [a, b];
        else return null;
      }
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { kind: "absolute", month, day, year };
    },
  },
  {
    // December 4 to 6 | November 13-14 | June 13 | June 13, 2023 | October 18-20
    re: new RegExp(`\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–—]|to|and)\\s*(?:${MONTH_ALT}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    digit: true,
    build: (m) => ({ kind: "absolute", month: monthIndex(m[1]), day: +m[2], year: m[4] ? +m[4] : undefined, range: !!m[3] }),
  },
  {
    // 13 June 2023 | 4-6 December | 14th December, 2026 | the 3rd of March (an ordinal may take "of")
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:(?<=\\d(?:st|nd|rd|th))\\s+of)?\\s+(${MONTH_ALT})(?:,?\\s+(\\d{4}))?\\b`, "g"),
    digit: true,
    build: (m) => ({ kind: "absolute", month: monthIndex(m[3]), day: +m[1], year: m[4] ? +m[4] : undefined, range: !!m[2] }),
  },
  {
    // March | March 2020 | October 2011 | March next year (the year counted from the header's); never the start of a
    // name with an accented letter ("Marín") or of a compound joined by a hyphen to a lower-case word ("Mar-a-Lago").
    re: new RegExp(`\\b(${MONTH_ALT})(?![\\u00C0-\\u024F]|-[a-z])(?:,?\\s+(\\d{4})|\\s+(next|this|last)\\s+year)?\\b`, "g"),
    build: (m) => {
      // "May" is also a verb: only accept it with a year or after a preposition (checked by caller).
      const shift = m[3] ? { next: 1, this: 0, last: -1 }[m[3].toLowerCase() as "next" | "this" | "last"] : undefined;
      return { kind: "absolute", month: monthIndex(m[1]), year: m[2] ? +m[2] : undefined, shift };
    },
  },
  {
    re: new RegExp(`\\b(?:(last|next|this)\\s+)?(${WEEKDAY_ALT})\\b`, "g"),
    build: (m) => ({ kind: "weekday", weekday: WEEKDAYS.indexOf(m[2].toLowerCase()), shift: m[1]?.toLowerCase() === "next" ? 1 : 0 }),
  },
  {
    // "on the eve of the Association Council": the day before the encounter just reported.
    // ("On the previous evening", "the following morning": a part of that day.)
    re: /\b(?:(?:a|one)\s+day\s+(earlier|before|later|after)|the\s+(previous|following|next)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(before|after)|on\s+the\s+(eve)\s+of)\b/gi,
    needs: ["day", "eve", "morning", "afternoon", "night"],
    build: (m) => {
      const w = (m[1] ?? m[2] ?? m[3] ?? "before").toLowerCase();
      return { kind: "relative-anchor", offset: w === "earlier" || w === "before" || w === "previous" ? -1 : 1 };
    },
  },
  {
    // "that day", "later in the day": the day of the encounter just reported.
    // ("Hours earlier, X received Y", "a few hours later": within that day too.)
    re: /\b(?:(?:on|later|earlier)\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b|\b(?:later|earlier)\s+(?:in|during)\s+the\s+day\b|\b(?:(?:a\s+few|several|some|two|three)\s+)?hours\s+(?:earlier|later)\b/gi,
    needs: ["day", "hours"],
    build: () => ({ kind: "relative-anchor", offset: 0 }),
  },
  {
    // "this morning (18)", "yesterday (17)": the Sri Lankan idiom adds the day of the month in brackets, which holds
    // when the report went out a day or two after it.
    re: /\b(?:(this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|(tonight|today|yesterday|tomorrow))\s*\((\d{1,2})(?:st|nd|rd|th)?\)/gi,
    digit: true,
    build: (m) => {
      const word = (m[1] ?? m[2]).toLowerCase();
      const offset = { this: 0, today: 0, tonight: 0, last: -1, yesterday: -1, tomorrow: 1 }[word as "this"] ?? 0;
      const day = +m[3];
      return day >= 1 && day <= 31 ? { kind: "relative-day", offset, day } : null;
    },
  },
  {
    // "on the 18th (local time)", "from the 16th to the 20th": a day of the month alone, as reports translated from
    // Korean, Japanese or Chinese write it, is the nearest such day to the report's (before it for what was held).
    // ("the 7th meeting", "the 100th anniversary", "the 3rd of March": an ordinal of something else, or a month's day.)
    re: new RegExp(`(?<=\\b(?:on|from|to|until|till|since|by)\\s+)the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s*(?:of\\b|${MONTH_ALT}|[\\p{L}-]*(?:anniversary|anniversaries|century|centuries|meeting|session|round|summit|congress|edition|time|plenum|conference|forum|year|day|week|anniv)))`, "giu"),
    digit: true,
    build: (m) => {
      const day = +m[1];
      return day >= 1 && day <= 31 ? { kind: "relative-day", offset: 0, day, within: 27 } : null;
    },
  },
  {
    // "this afternoon", "tonight", "last evening": a part of the report's day or of the day before.
    re: /\b(?:(this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|(tonight))\b/gi,
    needs: ["morning", "afternoon", "eve", "night"],
    build: (m) => ({ kind: "relative-day", offset: m[2] ? 0 : { this: 0, last: -1, yesterday: -1, tomorrow: 1 }[m[1].toLowerCase() as "this" | "last" | "yesterday" | "tomorrow"] }),
  },
  {
    re: /\b(yesterday|today|tomorrow)\b/gi,
    build: (m) => ({ kind: "relative-day", offset: { yesterday: -1, today: 0, tomorrow: 1 }[m[1].toLowerCase()]! }),
  },
  {
    // "next week", "early next week", "last week": dated to the month of that week's midpoint.
    re: /\b(?:(?:later|earlier|early|late)\s+)?(this|next|last)\s+week\b/gi,
    needs: ["week"],
    build: (m) => ({ kind: "relative-week", shift: { this: 0, next: 1, last: -1 }[m[1].toLowerCase() as "this" | "next" | "last"] }),
  },
  {
    // "in the second half of the year", "in the first half of next year": the year.
    re: /\b(?:the\s+)?(?:first|second|latter)\s+half\s+of\s+(the|this|next)\s+year\b/gi,
    needs: ["half"],
    build: (m) => ({ kind: "relative-year", shift: m[1].toLowerCase() === "next" ? 1 : 0 }),
  },
  {
    // "a year ago", "two months ago", "three days ago": counted back from the report; years and months to the month.
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(year|month|week|day)s?\s+ago\b/gi,
    needs: ["ago"],
    build: (m) => {
      const w = m[1].toLowerCase();
      const n = /^\d+$/.test(w) ? Number(w) : w === "a" || w === "an" ? 1 : AGO_COUNTS.indexOf(w) + 1;
      const unit = m[2].toLowerCase();
      if (unit === "year" || unit === "month") return { kind: "relative-month", shift: -n * (unit === "year" ? 12 : 1) };
      return { kind: "relative-day", offset: -n * (unit === "week" ? 7 : 1) };
    },
  },
  {
    re: /\b(?:(later|earlier)\s+)?(this|next|last)\s+(year|month)\b/gi,
    needs: ["year", "month"],
    build: (m) => ({
      kind: m[3].toLowerCase() === "year" ? "relative-year" : "relative-month",
      shift: { this: 0, next: 1, last: -1 }[m[2].toLowerCase() as "this" | "next" | "last"],
    }),
  },
  {
    re: /\b((?:19|20)\d{2})\b(?![-–]\d)/g,
    digit: true,
    build: (m) => ({ kind: "year", year: +m[1] }),
  },
];

// (One shape for all entries, so the loop below reads them monomorphically.)
const PATTERNS = LISTED.map(({ re, digit, needs, build }) => ({ re, digit: digit ?? false, needs: needs ? holdsAny(needs) : null, build }));
const DIGIT_RE = /\d/;

function monthIndex(s: string): number {
  const k = s.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTH_ABBR.indexOf(k === "sep" ? "sep" : k) + 1 || MONTHS.findIndex((m) => m.startsWith(k)) + 1;
}

/** All date expressions in text[from, to), longest first when they overlap. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const found: DateMention[] = [];
  const lower = matchForm(slice);
  const digit = DIGIT_RE.test(slice);
  for (const { re, digit: needsDigit, needs, build } of PATTERNS) {
    if ((needsDigit && !digit) || !mayMatch(re, lower) || (needs && !needs(lower))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const built = build(m);
      if (!built) continue;
      const before = slice.slice(Math.max(0, m.index - 12), m.index);
      const prep = /\b(on|in|since|from|by|until|till|to|of|during|before|after|between|at|for)\s+(?:the\s+|early\s+|late\s+|mid-?\s*)?$/i.exec(before)?.[1]?.toLowerCase() ?? null;
      if (built.kind === "absolute" && built.day === undefined && /^may$/i.test(m[0].trim()) && !prep) continue;
      // "Polish President Jan Nowak", "June Ryan": a bare month with no preposition before a capitalised word is a given name.
      // ("Mayor Jan van Zanen", "Jan de Vries": or before a name's particle and a capitalised word.)
      if (built.kind === "absolute" && built.day === undefined && built.year === undefined && built.shift === undefined && !prep && BEFORE_NAME_RE.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      // "(local time; 5:10 a.m. on September 23, Japan time)": a clock time given again in another zone dates nothing.
      if (inZoneGloss(text, start, end)) continue;
      // "Egypt's Vision 2030", "Agenda 2063", "Expo 2025": a year written right after a capitalised word, with no
      // preposition, ends a name.
      if (built.kind === "year" && !prep && YEAR_NAME_RE.test(before) && !MONTH_NAME_RE.test(before)) continue;
      // "2019-2023", and the year of "January 11/2025" (a dateline style), which the day already holds.
      if (built.kind === "year" && /\d[-–/]$/.test(before)) continue;
      // One literal for every kind: a spread that then adds keys gives each object a map of its own, and every rule
      // reading dates went megamorphic.
      found.push({ start, end, text: m[0], kind: built.kind, year: built.year, month: built.month, day: built.day, weekday: built.weekday, offset: built.offset, shift: built.shift, range: built.range, prep });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return withWeekdays(text, found);
}

// "Tuesday, 1 December", "Tuesday (December 1)", "December 1 (Tuesday)": a weekday written beside a day of no year.
const WEEKDAY_JOIN_RE = /^\s*(?:,|\(|,\s*the)?\s*$/;
const WEEKDAY_AFTER_RE = /^\s*(?:,|\()?\s*$/;

/** A weekday written beside a day and month of no year is one date: the day, with the weekday that tells its year
 * (`resolveDate`). */
function withWeekdays(text: string, found: DateMention[]): DateMention[] {
  if (found.length < 2 || !found.some((d) => d.kind === "weekday")) return found;
  const out: DateMention[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    if (!b) {
      out.push(a);
      break;
    }
    const day = (d: DateMention) => d.kind === "absolute" && d.day !== undefined && d.year === undefined && d.shift === undefined && !d.range;
    const pair = a.kind === "weekday" && !a.shift && day(b) && WEEKDAY_JOIN_RE.test(text.slice(a.end, b.start)) ? [a, b] : day(a) && b.kind === "weekday" && !b.shift && WEEKDAY_AFTER_RE.test(text.slice(a.end, b.start)) ? [b, a] : null;
    if (!pair) {
      out.push(a);
      continue;
    }
    const [w, d] = pair;
    const end = text[b.end] === ")" && text.slice(a.end, b.start).includes("(") ? b.end + 1 : b.end;
    out.push({ start: a.start, end, text: text.slice(a.start, end), kind: "absolute", year: undefined, month: d.month, day: d.day, weekday: w.weekday, offset: undefined, shift: undefined, range: undefined, prep: a.prep });
    k++;
  }
  return out;
}

const YEAR_NAME_RE = /(?:^|[\s(])\p{Lu}[\p{L}-]+\s$/u;
const MONTH_NAME_RE = new RegExp(`\\b${MONTH_ALT}\\s$`, "u");

// A bracket holding a clock time and a zone ("Japan time", "local time", "GMT", "UTC+7") glosses the time told before it.
const ZONE_GLOSS_RE = /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b/i;
const ZONE_WORD_RE = /\b(?:time|GMT|UTC)\b/;
function inZoneGloss(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("(", start);
  if (open < 0 || start - open > 80 || text.slice(open, start).includes(")")) return false;
  const close = text.indexOf(")", end);
  if (close < 0 || close - end > 80 || text.slice(end, close).includes("(")) return false;
  const inside = text.slice(open + 1, close);
  return ZONE_WORD_RE.test(inside) && ZONE_GLOSS_RE.test(inside);
}

export interface ResolvedDate {
  value: string;
  precision: "day" | "month" | "year";
  /** The days a week names, inclusive ("last week": Monday to Sunday), narrower than `value`'s month. */
  period?: { start: string; end: string };
}

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function parseDay(s: string): Date {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

export function addDays(value: string, days: number): string {
  const d = parseDay(value);
  d.setUTCDate(d.getUTCDate() + days);
  return ymd(d);
}

/**
 * Resolves a mention against the header date. `planned` selects the forward reading of
 * year-less dates; `anchor` is the date that "a day earlier" counts from.
 */
export function resolveDate(dm: DateMention, header: string, planned: boolean, anchor: string | null = null): ResolvedDate | null {
  const h = parseDay(header);
  const hy = h.getUTCFullYear();
  switch (dm.kind) {
    case "absolute": {
      const month = dm.month!;
      // "in March next year": the header's year shifted, whatever the tense.
      if (dm.shift !== undefined) {
        const y = hy + dm.shift;
        return dm.day !== undefined ? { value: `${y}-${pad(month)}-${pad(dm.day)}`, precision: "day" } : { value: `${y}-${pad(month)}`, precision: "month" };
      }
      if (dm.year !== undefined) {
        return dm.day !== undefined ? { value: `${dm.year}-${pad(month)}-${pad(dm.day)}`, precision: "day" } : { value: `${dm.year}-${pad(month)}`, precision: "month" };
      }
      // "Tuesday, 1 December": of the years either side of the header's, the one in which the day falls on that weekday.
      if (dm.weekday !== undefined && dm.day !== undefined) {
        const fits = [hy, hy - 1, hy + 1].filter((y) => new Date(Date.UTC(y, month - 1, dm.day)).getUTCDay() === dm.weekday);
        if (fits.length === 1) return { value: `${fits[0]}-${pad(month)}-${pad(dm.day)}`, precision: "day" };
      }
      let year = hy;
      const cmp = dm.day !== undefined ? `${hy}-${pad(month)}-${pad(dm.day)}` : `${hy}-${pad(month)}`;
      const headerCmp = dm.day !== undefined ? header : header.slice(0, 7);
      if (!planned && cmp > headerCmp) year = hy - 1;
      if (planned && cmp < headerCmp) year = hy + 1;
      return dm.day !== undefined ? { value: `${year}-${pad(month)}-${pad(dm.day)}`, precision: "day" } : { value: `${year}-${pad(month)}`, precision: "month" };
    }
    case "weekday": {
      const diffBack = (h.getUTCDay() - dm.weekday! + 7) % 7;
      if (planned || dm.shift === 1) {
        // "On Wednesday, X will visit ..." under a Wednesday header is that same day (the report is written the
        // morning of it); "next Wednesday" is a week on.
        const diffFwd = (dm.weekday! - h.getUTCDay() + 7) % 7 || (dm.shift === 1 ? 7 : 0);
        return { value: addDays(header, diffFwd), precision: "day" };
      }
      return { value: addDays(header, -diffBack), precision: "day" };
    }
    case "relative-day": {
      const told = addDays(header, dm.offset!);
      // "yesterday (17)": the day of the month in brackets wins over the count from the header, the nearest within a week
      // of it. (A day of the month alone, "on the 18th", looks back for what was held and ahead for what is planned, then
      // the other way.)
      if (dm.day !== undefined && Number(told.slice(8)) !== dm.day) {
        const way: -1 | 1 = planned ? 1 : -1;
        const day = dm.within ? (dayOfMonthWithin(told, dm.day, dm.within, way) ?? dayOfMonthWithin(told, dm.day, dm.within, way === 1 ? -1 : 1)) : dayOfMonthWithin(told, dm.day, 7, 0);
        if (day) return { value: day, precision: "day" };
      }
      return { value: told, precision: "day" };
    }
    case "relative-anchor":
      if (!anchor || anchor.length < 10) return null;
      return { value: addDays(anchor, dm.offset!), precision: "day" };
    case "relative-year":
      return { value: String(hy + dm.shift!), precision: "year" };
    case "relative-month": {
      const d = new Date(Date.UTC(hy, h.getUTCMonth() + dm.shift!, 1));
      return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: "month" };
    }
    case "relative-week": {
      // Wednesday of the header's week (Monday-based), shifted by whole weeks; the value is its month,
      // the period the week's seven days.
      const toWed = 3 - ((h.getUTCDay() + 6) % 7) - 1;
      const mid = addDays(header, toWed + 7 * dm.shift!);
      return { value: mid.slice(0, 7), precision: "month", period: { start: addDays(mid, -2), end: addDays(mid, 4) } };
    }
    case "year":
      return { value: String(dm.year), precision: "year" };
  }
}

/** The nearest day after (`way` 1), before (-1) or either side of (0) `from`, within `within` days, that falls on the
 * `day` of its month; null when none does. */
function dayOfMonthWithin(from: string, day: number, within: number, way: -1 | 0 | 1): string | null {
  for (let k = 1; k <= within; k++) {
    for (const step of way ? [way] : [-1, 1]) {
      const v = addDays(from, step * k);
      if (Number(v.slice(8)) === day) return v;
    }
  }
  return null;
}
