// Admission rules for a document, checked before extraction on every way in (CLI ingest and
// extract, the worker pool, the GraphQL ingestDocument mutation). Pure: text and options in, a
// DocumentError naming the reason out. The reasons are written for the person who sent the file.
import { datelineDate } from "./dateline-date.ts";
import { DocumentError } from "./types.ts";

export const DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Earliest publication date accepted: anything older is a typo, not a report. */
export const EARLIEST_DATE = "1900-01-01";

export interface ValidateOptions {
  /** Path or label, recorded on the error. */
  source: string;
  /** Publication date given with the document (used when the text has no ` date` header). */
  date?: string | null;
  /** Largest document accepted, in UTF-8 bytes (default 1 MiB). */
  maxBytes?: number;
  /** "Today", for the future-date rule (default: now). Dates up to one day ahead pass (time zones). */
  now?: Date;
}

/** What the checks found out about an accepted document. */
export interface Admitted {
  /** The publication date the document will be stored under. */
  date: string;
  /** Where that date came from. */
  dateFrom: "header" | "given" | "dateline";
}

/** `DIPLOGRAPH_MAX_BYTES` from the given environment, else the default. */
export function maxDocumentBytes(env: Record<string, string | undefined> = {}): number {
  const n = Number(env.DIPLOGRAPH_MAX_BYTES?.trim());
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_DOCUMENT_BYTES;
}

// The reader's header rule (src/extraction/reader.ts), but catching any YYYY-MM-DD so that an
// impossible date is reported as such rather than as a missing header.
const HEADER_RE = /^\uFEFF?[ \t\r\n]*date[ \t]+(\d{4}-\d{2}-\d{2})\b/i;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Throws DocumentError when the document must not go in: too large, binary or broken Unicode,
 * empty, an HTML page, no usable publication date (missing, impossible, in the future, before
 * 1900), or not English. Returns the date it will be stored under.
 */
export function validateDocument(text: unknown, options: ValidateOptions): Admitted {
  const source = options.source;
  const refuse = (reason: string): never => {
    throw new DocumentError(reason, source);
  };
  if (typeof text !== "string") return refuse("not text");

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  // Cheap upper bound first, so a huge string is refused without being encoded.
  if (text.length > maxBytes || Buffer.byteLength(text, "utf8") > maxBytes) {
    return refuse(`document is ${Buffer.byteLength(text, "utf8")} bytes, over the limit of ${maxBytes} bytes`);
  }

  const binary = binaryReason(text);
  if (binary) return refuse(binary);

  const header = HEADER_RE.exec(text);
  const body = header ? text.slice(header[0].length) : text;
  if (!body.trim()) return refuse(header ? "empty document (only a date header)" : "empty document");

  if (looksLikeHtml(body)) return refuse("an HTML page, not a plain-text report");

  let admitted: Admitted;
  if (header) {
    admitted = { date: header[1], dateFrom: "header" };
    const bad = dateProblem(header[1], options.now);
    if (bad) return refuse(`the date header ${bad}`);
  } else if (options.date != null && options.date !== "") {
    admitted = { date: options.date, dateFrom: "given" };
    const bad = dateProblem(options.date, options.now);
    if (bad) return refuse(`the given date ${bad}`);
  } else {
    const fromDateline = datelineDate(body, options.now);
    if (!fromDateline) return refuse('no date: the text has no " date YYYY-MM-DD" header, no dated dateline ("HANOI, June 13 (VNA) –") and no publication date was given');
    admitted = { date: fromDateline, dateFrom: "dateline" };
    const bad = dateProblem(fromDateline, options.now);
    if (bad) return refuse(`the dateline's date ${bad}`);
  }

  const language = languageProblem(body);
  if (language) return refuse(language);
  return admitted;
}

/** Why `value` is not a usable publication date, or null. */
export function dateProblem(value: string, now: Date = new Date()): string | null {
  const m = DATE_RE.exec(value);
  if (!m) return `"${value}" is not a date (expected YYYY-MM-DD)`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return `${value} is an impossible date`;
  if (value < EARLIEST_DATE) return `${value} is before ${EARLIEST_DATE}`;
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  if (t > tomorrow) return `${value} is in the future`;
  return null;
}

function binaryReason(text: string): string | null {
  if (text.includes("\u0000")) return "binary content (NUL characters), not a text document";
  if (!isWellFormed(text)) return "broken Unicode (unpaired surrogate characters), not a text document";
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
    else if (c === 0xfffd) replacements++;
  }
  if (controls > 0 && controls * 200 > text.length) return `binary content (${controls} control characters), not a text document`;
  if (replacements >= 3 && replacements * 200 > text.length) return "not valid UTF-8 text (it was decoded with replacement characters)";
  return null;
}

function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (native) return native.call(text);
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

const HTML_START_RE = /^\uFEFF?\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>])/i;
const HTML_TAG_RE = /<\/?(?:html|head|body|div|span|p|a|script|style|meta|link|table|tr|td|br|li|ul|ol|h[1-6]|title|iframe|img|section|article|nav|footer|header)(?:\s[^<>]*)?\/?>/gi;

/** An HTML page rather than a text report: starts like one, or is full of HTML tags. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START_RE.test(text)) return true;
  let tags = 0;
  let tagChars = 0;
  for (const m of text.matchAll(HTML_TAG_RE)) {
    tags++;
    tagChars += m[0].length;
    if (tags >= 200) break;
  }
  // A report may quote a stray "<p>"; a page has many tags.
  return tags >= 5 && (tags >= 20 || tagChars * 50 > text.length);
}

// Words that make up a large share of any English prose and rarely occur in other languages'
// running text (no "a", "on", "in", "die", ... which other languages share).
const ENGLISH_WORDS = new Set(
  ("the of and to is was were are for with that this by from said has have had been be will would its their " +
    "which who between also other at as an it not but they he she his her we our you after during into about " +
    "more than over such both two these those new should could can may including well while")
    .split(" ")
    .filter(Boolean),
);

// French and German function words that English running text does not use (no name parts such as
// "le", "la", "de", "van", "von"): they tell a short report apart, where the share above cannot.
const FRENCH_GERMAN_WORDS = new Set(
  ("et les des est une dans pour que qui avec sur aux par ont été sont cette ils nous vous leur " +
    "und das den dem ist nicht mit zu im auf für über sich ein eine einer wurde sind hat haben bei auch nach")
    .split(" ")
    .filter(Boolean),
);

const SCRIPTS: [string, RegExp][] = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Chinese (Han)", /\p{Script=Han}/u],
  ["Japanese kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Korean (Hangul)", /\p{Script=Hangul}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
];

/** Minimum share of common English words among a document's words. English news prose has 25-40%. */
export const MIN_ENGLISH_WORD_SHARE = 0.08;
/** Shorter texts are not judged by their words (too few to tell). */
const MIN_WORDS_TO_JUDGE = 20;

/**
 * A cheap language check: most letters must be Latin script, and at least 8% of the words
 * (when there are 20 or more) must be common English function words; a shorter text must not be
 * mostly French or German function words. Vietnamese, French,
 * German or Spanish news prose scores well under 5%.
 */
export function languageProblem(fullText: string): string | null {
  // A sample is enough to tell, and keeps the check linear in a bounded prefix.
  const text = fullText.length > 50_000 ? fullText.slice(0, 50_000) : fullText;
  let letters = 0;
  let latin = 0;
  const others = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    // ASCII, nearly all of an English report, without a Unicode-property match per character
    // (that was 1-2 ms of the writer thread's CPU per document, issue #16).
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) (letters++, latin++);
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    i += ch.length - 1;
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    for (const [name, re] of SCRIPTS) {
      if (re.test(ch)) {
        others.set(name, (others.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  if (letters === 0) return "no words: not a text report";
  if (latin / letters < 0.8) {
    const top = [...others].sort((a, b) => b[1] - a[1])[0];
    return `not English: ${Math.round((100 * (letters - latin)) / letters)}% of the letters are not Latin script${top ? ` (mostly ${top[0]})` : ""}`;
  }
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (words.length < MIN_WORDS_TO_JUDGE) {
    // Too few words for a share; three French or German function words outnumbering the English
    // ones still tell (a 17-word German report used to pass and give no facts).
    const foreign = words.filter((w) => FRENCH_GERMAN_WORDS.has(w)).length;
    if (foreign >= 3 && foreign > english) return `not English: ${foreign} of its ${words.length} words are common French or German words, ${english} common English words`;
    return null;
  }
  const share = english / words.length;
  if (share < MIN_ENGLISH_WORD_SHARE) {
    return `not English: only ${(100 * share).toFixed(1)}% of its ${words.length} words are common English words (at least ${100 * MIN_ENGLISH_WORD_SHARE}% expected)`;
  }
  return null;
}
