// Document reader: the ` date YYYY-MM-DD` header, headline versus first sentence, and the
// wire-service noise (datelines, photo captions, sign-offs, a repeated lead) that must not
// become content. Everything it returns keeps offsets into the original text.
import type { Sentence } from "./types.ts";
import { splitSentences, stopsBeforeName, stopsOnAbbreviation } from "./sentences.ts";
import { fold } from "./text.ts";
import { cues, lookupCountry, places, titleWords } from "./gazetteers.ts";

export interface Span {
  start: number;
  end: number;
}

export interface ReadDocument {
  /** Publication date from the header, or null when the text has none. */
  date: string | null;
  title: string | null;
  titleSpan: Span | null;
  dateline: string | null;
  /** Content sentences in document order. */
  sentences: Sentence[];
  /** Spans removed as noise (captions, datelines, sign-offs, repeated sentences). */
  noise: (Span & { kind: "caption" | "dateline" | "signoff" | "repeat" | "header" | "furniture" })[];
}

const HEADER_RE = /^\uFEFF?[ \t\r\n]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
// A caption ends in "(Photo: VNA)" or "(Photo: …)"; it may be glued to the dateline that follows.
const CAPTION_RE = /^[^\n]*?\((?:Photo|Photos|Illustrative photo|Image|Source)\s*:[^)\n]{0,200}\)/i;
// ("Photo: PM's Media": a credit may hold a possessive.)
const CAPTION_TAIL_RE = /^[^\n]*(?:[—–-]\s*(?:[A-Z]{2,6}\/)?[A-Z]{2,6} Photos?|\bPhotos?(?::|\s+by)\s*[\p{L}\p{N}./'’ -]{1,40})\s*$/u;
// Both branches contain "Photo" (the pattern is case-sensitive): a line without it skips the backtracking scan.
const captionTail = (line: string) => line.includes("Photo") && CAPTION_TAIL_RE.test(line);
// "Photo: Datuk Seri Anwar Ibrahim receives Nguyen Hong Dien at Seri Perdana. -fotoBERNAMA": a line that opens by naming
// itself a caption retells the story under a picture.
const CAPTION_HEAD_RE = /^\s*(?:Photo|Photos|Picture|Pictures|Caption|Foto|PHOTO|PHOTOS|CAPTION)\s*:\s+\S/;
const captionHead = (line: string) => CAPTION_HEAD_RE.test(line) && line.split(/\s+/).length <= 60;
// A short line that marks who stands where ("X (R) and Y.") is a caption even without a photo credit.
const CAPTION_POSITION_RE = /\((?:L|R|C|left|right|centre|center|(?:first|second|third|fourth),? (?:from )?(?:left|right))\)/;
// Both caption patterns need a "(": every line is tried, and most have none.
const captionPosition = (line: string) => line.includes("(") && CAPTION_POSITION_RE.test(line);
const captionCredit = (line: string) => (line.includes("(") ? CAPTION_RE.exec(line) : null);
// "Hanoi (VNA) –", "Addis Ababa, Ethiopia, Feb 28 (KNA) –", "Lima, May 28 (ANDINA).-", "Bengaluru (dpa) -",
// "MOSCOW, December 27. /TASS/.", "CAIRO (ANA-MPA/ G. Pappas) -": a place, up to two comma-separated details, the agency
// (with its correspondent).
// ("Havana, Oct 8 (Prensa Latina) Cuban President ...": an agency of two or three words after a date, with no dash or
// with one ("BAKU, December 1 (Caspian News) - November was ..."), before the capital that opens the sentence.)
const DATELINE_AGENCY_RE = /^([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)(?:(?:,\s*[\p{L}\d/ .]{1,20}?){0,2}\s*(?:\((?:[A-Za-z][A-Za-z-]{1,9}(?:\/\s*[\p{L}. ]{1,30})?)\)\.?\s*[–—:-]+|\/[A-Z][A-Za-z]{1,9}\/\.?)|,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\(\p{Lu}[\p{L}-]{1,12}(?: \p{Lu}[\p{L}-]{1,12}){1,2}\)(?:\s*[–—:-]+)?(?=\s+\p{Lu}))\s*/u;
const DATELINE_CAPS_RE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}?)\s+[–—-]+\s+/u;
// "Accra, Nov. 27, GNA - President ...", "Nairobi, 3 February, KNA –": a place, a day and the agency's acronym with no
// brackets, then a dash.
const DATELINE_ACRONYM_RE = /^([\p{Lu}][\p{L}\p{M} .'’-]{1,30}?),\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?),\s*[A-Z]{2,8}\s+[–—-]+\s+/u;
// Every line is tried as a dateline, and most lines are paragraphs whose first 40 characters the agency form's place
// backtracks over: it needs a "(" or a "/", which a plain search rules out first.
const datelineAgency = (line: string) => (line.includes("(") || line.includes("/") ? DATELINE_AGENCY_RE.exec(line) : null);
// The acronym form's place runs to the line's first comma, at most 31 characters (62 code units) in: most lines fail
// that, or open with no capital, before the pattern tries its lazy place.
const datelineAcronym = (line: string) => {
  const comma = line.indexOf(",");
  return comma >= 2 && comma <= 62 && capitalFirst(line) ? DATELINE_ACRONYM_RE.exec(line) : null;
};
/** False when the text cannot begin with \p{Lu}: its first character is ASCII but no capital. */
function capitalFirst(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128;
}
// A sign-off ends the line ("... cooperation./.", "... ties - VNA"); it is looked for in the line's
// last characters only, since an unanchored pattern with a leading \s* or \s+ rescans a run of
// spaces from every position in it.
const SIGNOFF_TAIL_RE = /(?:\/\.|[—–-]+[ \t]{0,4}(?:[A-Z]{2,6}\/)?[A-Z]{2,6})$/;
const SIGNOFF_TAIL = 24;

export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Headlines are short, lack a final full stop, and often have a colon or no verb. */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (endsSentence(s)) return false;
  return wordCount(s, 26) <= 25;
}

/** line.split(/\s+/).length, counted up to `most` (the callers compare it with a bound) without splitting the line. */
function wordCount(line: string, most: number): number {
  let n = 1;
  let space = false;
  for (let i = 0; i < line.length && n < most; i++) {
    const c = line.charCodeAt(i);
    // The characters of \s.
    const isSpace = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
    if (isSpace && !space) n++;
    space = isSpace;
  }
  return n;
}

export function readDocument(text: string): ReadDocument {
  const noise: ReadDocument["noise"] = [];
  let date: string | null = null;
  let pos = 0;
  const header = HEADER_RE.exec(text);
  if (header && isValidDate(header[1])) {
    date = header[1];
    pos = header[0].length;
    noise.push({ start: 0, end: pos, kind: "header" });
  }

  let title: string | null = null;
  let titleSpan: Span | null = null;
  if (date) {
    let eol = text.indexOf("\n", pos);
    // " date 2026-04-23" alone on its line: the headline may stand on the next line that holds anything.
    if (eol >= 0 && !text.slice(pos, eol).trim()) {
      const at = ownLineHeadline(text, eol + 1);
      if (at >= 0) {
        pos = at;
        eol = text.indexOf("\n", pos);
      }
    }
    const lineEnd = eol < 0 ? text.length : eol;
    const line = text.slice(pos, lineEnd);
    if (looksLikeHeadline(line)) {
      const lead = line.length - line.trimStart().length;
      titleSpan = { start: pos + lead, end: pos + line.trimEnd().length };
      title = text.slice(titleSpan.start, titleSpan.end);
      pos = lineEnd;
    }
  }

  // A masthead, a tagline or a section label above the page's menus is no headline ("ABC News", then the menu, then
  // the headline): the headline is the first line below that chrome which reads as one.
  if (date && (!title || mastheadLike(title))) {
    const below = headlineBelow(text, titleSpan ? titleSpan.end : pos);
    if (below) {
      // The chrome above the headline is no part of the report.
      for (let s = pos, nl = text.indexOf("\n", s); s < below.start; s = nl + 1, nl = text.indexOf("\n", s)) {
        const line = text.slice(s, nl < 0 || nl > below.start ? below.start : nl);
        const body = line.trim();
        if (body) noise.push({ start: s + line.indexOf(body), end: s + line.indexOf(body) + body.length, kind: "furniture" });
        if (nl < 0) break;
      }
      titleSpan = below;
      title = text.slice(below.start, below.end).replace(/\s*\n\s*/g, " ");
      pos = below.end;
    }
  }

  let dateline: string | null = null;
  const sentences: Sentence[] = [];
  const seen = new SeenSentences();
  // The headline repeated on its own line by the page is not a sentence of the report.
  if (title && keyHash(title) !== 0) seen.add(title);
  let inList = false;
  let lineStart = pos;
  const narrow = wrapWidth(text, pos);
  while (lineStart < text.length) {
    let nl = text.indexOf("\n", lineStart);
    // A hard-wrapped paragraph ("... counterpart Retno LP\nMarsudi, focusing ..."): a long line that stops without
    // a sentence's end runs on into the next line, so a name or sentence is not cut in two.
    for (let phys = lineStart; nl >= 0 && wrapsOn(text, phys, nl, phys > lineStart, narrow); phys = nl + 1, nl = text.indexOf("\n", nl + 1));
    const lineEnd = nl < 0 ? text.length : nl;
    let s = lineStart;
    let e = lineEnd;
    const line = () => text.slice(s, e);

    const lead = /^\s*/.exec(line())![0].length;
    s += lead;
    // Page furniture (menus, bylines, timestamps, cookie notices, "Read more:" and the headlines listed after it).
    const furniture = furnitureLine(line());
    if (furniture || (inList && looksLikeHeadline(line()))) {
      if (line().trim()) noise.push({ start: s, end: e, kind: "furniture" });
      inList = furniture === "list" || (inList && !!line().trim());
      lineStart = lineEnd + 1;
      continue;
    }
    inList = false;
    const caption = captionCredit(line());
    if (caption) {
      noise.push({ start: s, end: s + caption[0].length, kind: "caption" });
      s += caption[0].length;
    } else if (captionTail(line()) || captionHead(line()) || (captionPosition(line()) && line().split(/\s+/).length <= 30 && !/[.!?]["”]?\s+\S/.test(line().trim()))) {
      noise.push({ start: s, end: e, kind: "caption" });
      s = e;
    }
    s += /^\s*/.exec(line())![0].length;
    const dl = datelineAgency(line()) ?? DATELINE_CAPS_RE.exec(line()) ?? datelineAcronym(line()) ?? datelinePlace(line()) ?? datelineLine(line());
    if (dl && dl[1].trim().split(/\s+/).length <= 5 && !masthead(line(), dl)) {
      noise.push({ start: s, end: s + dl[0].length, kind: "dateline" });
      // "ANGOP - Agência Angola Press" above "Luanda - The President ...": a known place is the dateline, not the
      // agency's name in capitals before it.
      const place = withoutAgency(normalisePlace(dl[1].trim()));
      if (!dateline || (!knownPlace(dateline) && knownPlace(place))) dateline = place;
      s += dl[0].length;
    }
    const so = signoffStart(text, s, e);
    if (so >= 0) {
      noise.push({ start: so, end: e, kind: "signoff" });
      e = so;
    }
    for (const sent of splitSentences(text, s, e)) {
      if (!seen.add(sent.text)) {
        noise.push({ start: sent.start, end: sent.end, kind: "repeat" });
        continue;
      }
      sentences.push(sent);
    }
    lineStart = lineEnd + 1;
  }
  return { date, title, titleSpan, dateline, sentences, noise };
}

/** Where the headline set on its own line under the header begins (`from` is the start of the line after the header), or
 * -1: the first line with text, when it reads as a headline, is neither page furniture, a dateline nor a caption, and is
 * not a sentence that a hard wrap cut (it stops on a comma or a function word, or the next line goes on in lower case). */
function ownLineHeadline(text: string, from: number): number {
  let s = from;
  while (s < text.length && /\s/.test(text[s])) s++;
  const nl = text.indexOf("\n", s);
  const line = text.slice(s, nl < 0 ? text.length : nl).trimEnd();
  if (!line || !looksLikeHeadline(line) || WIRE_END_RE.test(line) || furnitureLine(line)) return -1;
  if (datelineAgency(line) || DATELINE_CAPS_RE.test(line) || datelineAcronym(line) !== null || datelinePlace(line) || datelineLine(line) || captionCredit(line) || captionTail(line)) return -1;
  // (A line after it in lower case runs the sentence on, unless it is the page's own furniture: "hankyoreh | english
  // edition".)
  if (nl >= 0 && /^[ \t]*\p{Ll}/u.test(text.slice(nl + 1, nl + 40))) {
    const next = text.indexOf("\n", nl + 1);
    if (!furnitureLine(text.slice(nl + 1, next < 0 ? text.length : next))) return -1;
  }
  return s;
}

/** The headline below a page's chrome, from `from` on: lines of page furniture and short labels ("Politics", "Top
 * Story") are passed over, and so is a line that furniture follows before any was passed (a tagline under the
 * masthead, not the headline above its byline). The first other line of five words or more, one of them in lower case
 * or all five in capitals, that reads as a headline is the headline, once some chrome has been passed. The report's
 * body (a sentence, a dateline) ends the search with none. */
function headlineBelow(text: string, from: number): Span | null {
  let chrome = false;
  let s = from;
  for (let n = 0; n < 12 && s < text.length; n++) {
    const nl = text.indexOf("\n", s);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(s, end);
    const start = s + raw.length - raw.trimStart().length;
    s = end + 1;
    const line = raw.trim();
    if (!line) continue;
    if (furnitureLine(line)) {
      chrome = true;
      continue;
    }
    // ("africanews.", "Mint."): a masthead of a word or two, written with its full stop.
    if (wordCount(line, 3) <= 2 && line.endsWith(".") && !DATELINE_CAPS_RE.test(line) && !datelinePlace(line) && !datelineLine(line)) {
      chrome = true;
      continue;
    }
    // ("VOI - Waktunya Merevolusi Pemberitaan" over the menu: a masthead with its tagline reads like a dateline, but
    // nothing of a report follows it.)
    if (!chrome && looksLikeHeadline(line) && furnitureLine(nextLine(text, s))) {
      chrome = true;
      continue;
    }
    if (!looksLikeHeadline(line) || WIRE_END_RE.test(line) || datelineAgency(line) || DATELINE_CAPS_RE.test(line) || datelineAcronym(line) !== null || datelinePlace(line) || datelineLine(line) || captionCredit(line) || captionTail(line)) return null;
    // (A date, a breadcrumb or a caption set apart by no furniture of its own is chrome too.)
    // ("Sugiono Asks Australia To Ease Visas For Indonesian Students": a headline in title case, below the chrome and over
    // its byline or time stamp, is the headline too.)
    const titleCase = chrome && wordCount(line, 7) >= 6 && TITLE_CASE_RE.test(line) && furnitureLine(nextLine(text, s)) !== null;
    if (wordCount(line, 5) < 5 || (!titleCase && !/(?:^|\s)\p{Ll}{2}|(?:\p{Lu}{2,}\s+){4}/u.test(line)) || (!chrome && furnitureLine(nextLine(text, s))) || CHROME_LINE_RE.test(line) || captionHead(line) || captionPosition(line)) {
      chrome = true;
      continue;
    }
    if (!chrome) return null;
    // ("Sotto, Australian Senate President Lines agree to deepen\nparliamentary ties ...": a headline wrapped onto a
    // line in lower case goes on there.)
    // (A long headline cut at the page's width goes on onto a capitalised line too: "... on a New Extended\nCredit
    // Facility Arrangement".)
    const more = nl >= 0 ? /^[ \t]*(\S[^\n]*)/u.exec(text.slice(s, s + 200)) : null;
    const wraps = !!more && (/^\p{Ll}/u.test(more[1]) || (line.length <= 90 && !furnitureLine(more[1]) && wrapsOn(text, start, nl, false, wrapWidth(text, from))));
    const on = more && wraps && looksLikeHeadline(more[1]) ? s + more[0].length - (more[1].length - more[1].trimEnd().length) : 0;
    return { start, end: on || start + line.length };
  }
  return null;
}

// Every word capitalised (or a number), but for the short words title case leaves in lower case.
const TITLE_CASE_RE = /^(?:(?:[\p{Lu}\d"'‘“(][^\s|]*|a|an|the|of|to|for|in|on|at|and|or|with|by|as|from|into|over|vs\.?)(?:\s+|$))+$/u;

const CHROME_LINE_RE = /\s[>›·•/]\s|\S {2,}\S.* {2,}\S.* {2,}\S|^\[|\b(?:No|Nr)\.\s*\d|^(?:photo|image|file photo|author|text by|story by|writer|news id|press release)\b/iu;

/** A masthead or a label: four words at most, or no word in lower case ("ABC News", "THE GLOBE AND MAIL", "PRESS
 * RELEASE"). */
function mastheadLike(line: string): boolean {
  return wordCount(line, 5) <= 4 || !/\p{Ll}{2}/u.test(line);
}

/** The next line with text from `from` on, trimmed ("" at the end of the text). */
function nextLine(text: string, from: number): string {
  let s = from;
  while (s < text.length) {
    const nl = text.indexOf("\n", s);
    const line = text.slice(s, nl < 0 ? text.length : nl).trim();
    if (line) return line;
    if (nl < 0) break;
    s = nl + 1;
  }
  return "";
}

/** Two sentences repeat each other when they have the same key: their folded letters and digits, runs of anything else
 * read as one space. */
const sentenceKey = (text: string) => fold(text).replace(/[^a-z0-9]+/g, " ").trim();

/** The sentences read so far, by key. Nearly every sentence is new, and building its key (a fold, a replacement, a trim
 * and a string to hash) cost more than the rest of its reading: a sentence is looked up first by a hash of its key, read
 * off its characters, and keys are built only when two hashes meet. */
class SeenSentences {
  private readonly byHash = new Map<number, string[]>();

  /** Notes `text` and says whether it was new. */
  add(text: string): boolean {
    // The empty key (a text without a-z or 0-9 once folded) hashes to 0, and is noted like any other.
    const h = keyHash(text);
    const same = this.byHash.get(h);
    if (!same) {
      this.byHash.set(h, [text]);
      return true;
    }
    const key = sentenceKey(text);
    if (same.some((t) => sentenceKey(t) === key)) return false;
    same.push(text);
    return true;
  }
}

/** A hash (FNV-1a) of sentenceKey(text) without building it: 0 when the key is empty, never 0 otherwise. */
function keyHash(text: string): number {
  let f = text;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      f = fold(text);
      break;
    }
  }
  let h = 0x811c9dc5;
  let any = false;
  let gap = false;
  for (let i = 0; i < f.length; i++) {
    let c = f.charCodeAt(i);
    // fold lower-cases ASCII: done here for the ASCII texts that skipped it.
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && any) h = Math.imul(h ^ 32, 0x01000193);
      h = Math.imul(h ^ c, 0x01000193);
      any = true;
      gap = false;
    } else gap = true;
  }
  return any ? h || 1 : 0;
}

const FURNITURE = cues.pageFurniture;
export const prefixRe = (words: string[]) => new RegExp(`^(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]")).join("|")})(?=[\\s:]|$)`, "iu");
// Every line is tried against the two prefix lists (dozens of words, compared in turn under the i and u flags): a line
// whose first character is ASCII and begins none of the words skips the pattern. Which ASCII characters may begin a
// match is asked of the pattern's own first characters, so case folding stays the engine's.
export const prefixTest = (words: string[]): ((line: string) => boolean) => {
  const re = prefixRe(words);
  if (words.some((w) => !w)) return (line) => re.test(line);
  const firstUnit = (w: string) => {
    const ch = String.fromCodePoint(w.codePointAt(0)!);
    return ch === "'" ? "['’]" : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  };
  const first = new RegExp(`^(?:${words.map(firstUnit).join("|")})`, "iu");
  const may = new Uint8Array(128).map((_, c) => (first.test(String.fromCharCode(c)) ? 1 : 0));
  return (line) => {
    const c = line.charCodeAt(0);
    return (!(c < 128) || may[c] === 1) && re.test(line);
  };
};
const furniturePrefix = prefixTest(FURNITURE.linePrefixes);
const listHeader = prefixTest(FURNITURE.listHeaders);
const FURNITURE_SUFFIX_RE = new RegExp(`\\s(?:${FURNITURE.lineSuffixes.join("|")})$`, "i");
const COOKIE_RE = new RegExp(`\\bcookies?\\b[^\\n]*\\b(?:${FURNITURE.cookieWords.join("|")})|\\b(?:${FURNITURE.cookieWords.join("|")})\\b[^\\n]*\\bcookies?\\b`, "i");
// Both sides of COOKIE_RE hold the word: most lines skip the two-sided scan.
const COOKIE_WORD_RE = /cookie/i;
const EMAIL_RE = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const BYLINE_ROLES = new Set(FURNITURE.bylineRoles.map(fold));
const BYLINE_NAME_RE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** "Name/Role": one to four capitalised words, a slash, and a role whose last word (or its plural) is a newsroom job. */
function slashByline(line: string): boolean {
  const slash = line.indexOf("/");
  if (line.indexOf("/", slash + 1) >= 0 || !BYLINE_NAME_RE.test(line.slice(0, slash).trim())) return false;
  const last = fold(/([\p{L}\p{M}]+)\s*$/u.exec(line.slice(slash + 1))?.[1] ?? "");
  return BYLINE_ROLES.has(last) || (last.endsWith("s") && BYLINE_ROLES.has(last.slice(0, -1)));
}
/** /[.!?]["”’)]?$/ read off the last two characters (the pattern scanned the whole line for a full stop first). */
export function endsSentence(s: string): boolean {
  const n = s.length;
  const stop = (c: number) => c === 46 || c === 33 || c === 63;
  const last = s.charCodeAt(n - 1);
  if (stop(last)) return true;
  return n >= 2 && (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && stop(s.charCodeAt(n - 2));
}
const DATE_LINE_RE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/iu;
const CLOCK_RE = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|CAT|CEST|CET|ICT|WIB)?\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b/i;

/** Why a line is page furniture ("list" when headlines of other reports follow it), or null when it is content. */
function furnitureLine(raw: string): "line" | "list" | null {
  const line = raw.trim();
  if (!line) return null;
  const words = wordCount(line, 13);
  const open = !endsSentence(line);
  // (The cheap conditions first: most lines are long sentences, which neither prefix list is asked about.)
  if ((open || words <= 8) && listHeader(line)) return /^[^:]*:?\s*$/.test(line) || words <= 3 ? "list" : "line";
  if ((open || words <= 8 || /^(?:©|\(c\)|copyright)/i.test(line)) && furniturePrefix(line)) return "line";
  // "(Reporting by A; Editing by B)": a wire's credits in brackets.
  if (line.charCodeAt(0) === 40 && line.endsWith(")") && line.length <= 300 && furniturePrefix(line.slice(1, -1).trim())) return "line";
  if (open && words <= 12 && FURNITURE_SUFFIX_RE.test(line)) return "line";
  // "Kim Ji-hyun (jhk@heraldcorp.com)": a byline with the writer's address.
  if (words <= 8 && line.length <= 200 && line.includes("@") && EMAIL_RE.test(line)) return "line";
  // "Tamara Bailey/Senior Gleaner Writer", "Jane Doe / Staff Reporter": a byline, the writer's name and newsroom role.
  if (open && words <= 10 && line.includes("/") && !DASHED_DATELINE_RE.test(line) && slashByline(line)) return "line";
  // A cookie notice is a short paragraph; the bound keeps the two-sided pattern linear on long lines.
  if (line.length <= 600 && COOKIE_WORD_RE.test(line) && COOKIE_RE.test(line)) return "line";
  // "News | Business | Travel", "Home › Business › Mining": a menu.
  if (open && ((line.match(/\s[|›»]\s?/g)?.length ?? 0) >= 2 || /^\S[^|]*\|\s*\S/.test(line) && (words <= 6 || (words <= 12 && linkLabels(line))))) return "line";
  // "Accessibility  Contact  Crown Copyright  Privacy": a footer's links set apart by runs of spaces, each a few capitalised
  // words.
  if (open && words <= 12 && spacedMenu(line)) return "line";
  // "Thursday, 10/31/2024, 08:20 (GMT+7)", "Updated 14:32 CEST | Sept 13, 2024": a timestamp.
  // ("Baku/13.05.26/Turan: Uzbek Foreign Minister X": not a dateline whose date reads like a clock, before the report.)
  if (open && words <= 12 && CLOCK_RE.test(line) && !SLASHED_DATELINE_RE.test(line)) return "line";
  // "Thursday, February 12, 2026", "12 March 2026": a date alone on its line is the page's stamp.
  if (words <= 5 && DATE_LINE_RE.test(line)) return "line";
  return null;
}

/** Three or more items set apart by two spaces or more, each of one to three capitalised words. */
function spacedMenu(line: string): boolean {
  if (!line.includes("  ")) return false;
  const items = line.split(/\s{2,}/);
  // ("Government   Prime Minister   Activity   Press center": an item may go on in lower case.)
  return items.length >= 3 && items.every((x) => /^(?:\p{Lu}[\p{L}&'’-]*)(?:\s[\p{L}&'’-]+){0,2}$/u.test(x));
}

/** The line text[from, nl) is long, ends in a word or a comma, is neither caption nor furniture, and the next line goes
 * straight on with a word. `continued`: the line before it ran on into it; `narrow`: the report's wrap width (wrapWidth). */
function wrapsOn(text: string, from: number, nl: number, continued: boolean, narrow: number): boolean {
  let end = nl;
  while (end > from && (text[end - 1] === " " || text[end - 1] === "\r" || text[end - 1] === "\t")) end--;
  const line = text.slice(from, end);
  // "signed by the two governments in\n2022 remains in force": a number goes on a line cut after a word that cannot end one.
  // "signed in July\n2025, which ...": a month name ends no sentence, so a number after it goes on the date.
  // "... for Trans-Pacific Partnership\n(CPTPP) during talks": an acronym in brackets goes on the name before it.
  // 'invited operators to use the\n"Crossroads of Peace" rail route': a quotation opened on the next line goes on a line cut
  // on a word.
  // ("to allow the nearly\n17,000 workers": in a report of known width, so does one after a lower-case word, when the number
  // would not have fitted on the line.)
  const numberFits = narrow > 0 && /\p{Ll}$/u.test(line) && line.trim().length + 1 + firstWordLength(text, nl + 1) > narrow;
  const goesOn = /^[\p{L}]|^["“‘]\p{L}/u.test(text.slice(nl + 1, nl + 3)) || (/^\p{N}/u.test(text.slice(nl + 1, nl + 2)) && (WIRE_END_RE.test(line) || MONTH_END_RE.test(line) || numberFits) && !line.endsWith(",")) || BRACKETED_ACRONYM_RE.test(text.slice(nl + 1, nl + 24));
  // "met Prime Minister Dr.\nHarini Amarasuriya": a style's full stop ends no sentence, so a line stopping on one runs on
  // into the name on the next, whatever the line's length.
  const styleCut = text[end - 1] === "." && /^\p{Lu}/u.test(text.slice(nl + 1, nl + 2)) && stopsBeforeName(line);
  // "... barriers to U.S.\nagricultural exports": an abbreviation's full stop before a lower-case word ends no sentence.
  const abbreviationCut = text[end - 1] === "." && /^\p{Ll}/u.test(text.slice(nl + 1, nl + 2)) && stopsOnAbbreviation(line);
  // 'hold a "two-plus-two"\nsecurity dialogue': a closing quote or bracket before a lower-case word ends no sentence.
  const quoteCut = /["”’)]/u.test(text[end - 1]) && /[\p{L}\p{N}]/u.test(text[end - 2] ?? "") && /^\p{Ll}/u.test(text.slice(nl + 1, nl + 2));
  // "... of the Workers'\nParty of Korea, received ...": a plural's possessive apostrophe ends no sentence either, before a
  // capitalised word too.
  const possessiveCut = /['’]/u.test(text[end - 1]) && text[end - 2] === "s" && /^\p{L}/u.test(text.slice(nl + 1, nl + 2)) && !/['‘][^'’\n]*s['’]$/u.test(text.slice(from, end));
  // "received Ma. Cristina A.\nRoque, Secretary": a middle initial ends no sentence (splitSentences reads it so too), so a
  // line of the wrap's length stopping on one runs on into the family name.
  // (The pattern is tried from every position of the line: a space before the initial, its capital one or two code
  // units long, rules most lines out first.)
  const initialCut = text[end - 1] === "." && /^\p{Lu}\p{Ll}/u.test(text.slice(nl + 1, nl + 3)) && (line[line.length - 3] === " " || line[line.length - 4] === " ") && INITIAL_END_RE.test(line);
  // "Foreign Minister Beate Meinl-\nReisinger": a line stopping on a hyphen inside a word runs on into the word's rest.
  // "agreed on Thursday to fast-\ntrack a rail link": and a compound's hyphen before its lower-case rest.
  const hyphenCut = text[end - 1] === "-" && /\p{L}/u.test(text[end - 2] ?? "") && /^(?:\p{Lu}\p{Ll}|\p{Ll}{2})/u.test(text.slice(nl + 1, nl + 3));
  if (!styleCut && !quoteCut && !possessiveCut && !initialCut && !hyphenCut && !abbreviationCut && (!/[\p{L}\p{N},]/u.test(text[end - 1]) || !goesOn)) return false;
  // "On the margins of the session, Foreign Minister Gordan Grlić\nRadman met with ...": a shorter line cut inside a name
  // (a clause and its comma, then a title word and one or two capitalised words at its end, the next line going on in
  // lower case after one word) runs on too.
  // ("HARARE - President Emmerson\nMnangagwa on Thursday received ...", "Economy Minister Katherina\nReiche and ...": in a
  // report of known width, a line ending in a title word and a name's first words runs on into the rest of the name,
  // however short the line; a wrap at the width would not leave it so, but a report wrapped by hand does.)
  const titleCut = narrow > 0 && titleNameEnd(line) && NAME_GOES_ON_RE.test(text.slice(nl + 1, nl + 80));
  if (!styleCut && !titleCut && end - from < WRAPPED_LINE && !(end - from >= 40 && cutAfterTitle(line) && NAME_GOES_ON_RE.test(text.slice(nl + 1, nl + 80))) && !wireWrap(text, line, nl, continued, narrow)) return false;
  // A caption ends its line, credit or not; a byline ("By WAM") starts its own, and so does a wire's dateline under a
  // headline of the wrap's width ("... by 2030\nTirana, April 23 (ATA) - President ...").
  const next = text.indexOf("\n", nl + 1);
  const nextLine = text.slice(nl + 1, next < 0 ? text.length : next);
  return !captionTail(line) && !captionPosition(line) && !furnitureLine(line) && !furnitureLine(nextLine) && !datelineAgency(nextLine);
}
const ADDRESSED_NAME_END_RE = /(?<![\p{L}\p{M}])(?:Mr|Ms|Mrs|Dr|Madam|Mme)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;
// "Berlin/Astana (dpa) - Germany and ...", "Baku/13.05.26/Turan: Uzbek Foreign Minister ...": a dateline and its dash or
// colon open a paragraph, not a byline.
const DASHED_DATELINE_RE = /\s[-–—]{1,2}\s|^[^\s:]+\/[^\s:]+:\s/;
const SLASHED_DATELINE_RE = /^\p{Lu}[^\s:]*\/[^\s:]+:\s+\p{Lu}\p{Ll}+\s+\p{L}/u;
const BRACKETED_ACRONYM_RE = /^\(\p{Lu}[\p{Lu}\d&-]{1,11}\)[,;]?\s+\p{Ll}/u;
// A given name and a middle initial at a line's end ("Cristina A.").
const INITIAL_END_RE = /(?<![\p{L}\p{M}.])\p{Lu}[\p{Ll}\p{M}'’-]+ \p{Lu}\.$/u;
// "Ask Me Anything | Subscribe to our Newsletter": links of a footer, each a few words in title case.
const LINK_FUNCTION_WORDS = new Set(["to", "our", "the", "of", "and", "for", "in", "on", "with", "a", "an", "&", "us", "your"]);
function linkLabels(line: string): boolean {
  return line.split(/\s*\|\s*/).every((part) => {
    const ws = part.split(/\s+/).filter(Boolean);
    return ws.length >= 1 && ws.length <= 5 && !/[.!?,;:]$/.test(part) && ws.every((w) => /^\p{Lu}/u.test(w) || LINK_FUNCTION_WORDS.has(w.toLowerCase()));
  });
}

// Headlines, menus and bylines are shorter than this; hard-wrapped paragraphs and first sentences are longer.
const WRAPPED_LINE = 100;
// Wire copy wrapped at about 70 characters ("... ratify without delay the\nMercosur-European Union partnership agreement"):
// a line with a lower-case word, of this length or more, runs on when nothing but a cut explains its end (the next line
// goes on in lower case, the line stops on a comma or a word that cannot end a sentence, or the line before it ran on
// too); in a report whose wrap width is known (wrapWidth), a cut is what a line near that width is, and it runs on from
// three quarters of the width.
const WIRE_LINE = 55;
const MONTH_END_RE = /(?<![\p{L}\p{M}])(?:January|February|March|April|June|July|August|September|October|November|December) *$/u;
const WIRE_END_RE = /(?:,|(?<![\p{L}\p{M}])(?:the|a|an|of|and|or|to|in|on|for|with|by|at|from|as|between|his|her|their|its)) *$/iu;
function wireWrap(text: string, line: string, nl: number, continued: boolean, narrow: number): boolean {
  const length = line.trim().length;
  // "... and President of North Macedonia Gordana\nSiljanovska-Davkova.": in a report of known width, a line that the
  // next line's first word would not have fitted on was cut, however short it is.
  const full = narrow > 0 && length + 1 + firstWordLength(text, nl + 1) > narrow;
  // "... Attaf, for\nhis part, urged Italian companies to invest in the\nAlgerian ...": inside a paragraph that already
  // ran on, a line stopping on a comma or a word that cannot end a sentence was cut, however short.
  // ("... the Minister of\nIndustry and Technology Mehmet Fatih\nKacır, at the head of ...": and a line ending in a name
  // whose rest opens the next line, set off by a comma or going on in lower case.)
  // ("... at an interaction with Ms Reem Alabali\nRadovan, Federal Minister ...": after a form of address, whatever
  // follows the name's rest.)
  const midParagraph = continued && (WIRE_END_RE.test(line) || (/\p{Lu}\p{Ll}+$/u.test(line) && NAME_GOES_ON_RE.test(text.slice(nl + 1, nl + 80))) || (ADDRESSED_NAME_END_RE.test(line) && /^\p{Lu}\p{Ll}+[\s,]/u.test(text.slice(nl + 1, nl + 40)))) && /^\p{L}/u.test(text.slice(nl + 1, nl + 2));
  if (length < (narrow > 0 ? Math.min(WIRE_LINE, narrow * 0.75) : WIRE_LINE) && !full && !midParagraph) return false;
  // A line with no lower-case word is a headline, a menu or a byline; not when a dateline opens it, which only a
  // paragraph does ("LILONGWE, August 27 (MANA) -- President Professor Arthur Peter\nMutharika on Wednesday held").
  // ("Senate President Pro Tempore Panfilo Lacson, Senate Majority Leader\nJuan Miguel Zubiri and ...": nor when, in a
  // report of known width, a list of titled names was cut after a title word and the name goes on.)
  const titledList = full && line.includes(", ") && titleWords.has(fold(/(\p{L}+)\s*$/u.exec(line)?.[1] ?? "")) && NAME_GOES_ON_RE.test(text.slice(nl + 1, nl + 80));
  if (!/(?:^|\s)\p{Ll}{2,}/u.test(line) && !opensWithDateline(line.trim()) && !titledList) return false;
  return narrow > 0 || /^\p{Ll}/u.test(text.slice(nl + 1, nl + 2)) || WIRE_END_RE.test(line) || (MONTH_END_RE.test(line) && /^\p{N}/u.test(text.slice(nl + 1, nl + 2))) || continued;
}

/** The length of the word that text[from...] opens with. */
function firstWordLength(text: string, from: number): number {
  let e = from;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return e - from;
}

/** Does a dateline with words after it open the line ("LILONGWE, August 27 (MANA) -- President ...")? */
function opensWithDateline(line: string): boolean {
  const dl = datelineAgency(line) ?? DATELINE_CAPS_RE.exec(line) ?? datelineAcronym(line) ?? datelinePlace(line);
  return !!dl && dl[0].length < line.length;
}

/**
 * The width of a report hard-wrapped narrower than WRAPPED_LINE (Télam-style wire copy at ~70 characters), or 0. A
 * wrap is sure where a line of 50 characters or more stops on a letter or a comma and the next line goes on in lower
 * case (no sentence starts so); three such lines, and hardly any line much longer than the longest of them (the
 * header's line aside), make a wrapped report.
 */
function wrapWidth(text: string, from: number): number {
  let sure = 0;
  let width = 0;
  const lengths: number[] = [];
  // The header's line may carry the lead sentence unwrapped ("date 2026-04-23 Argentine President ...").
  const first = text.indexOf("\n", from);
  for (let s = first < 0 ? text.length : first + 1; s < text.length; ) {
    const nl = text.indexOf("\n", s);
    const e = nl < 0 ? text.length : nl;
    let end = e;
    while (end > s && /\s/.test(text[end - 1])) end--;
    // ("(c) Emirates News Agency (WAM) 2026. Provided by ...": a page's furniture line is not wrapped with the report.)
    if (end - s > 0 && !furnitureLine(text.slice(s, end))) lengths.push(end - s);
    if (nl >= 0 && end - s >= 50 && end - s < WRAPPED_LINE && /[\p{L},]/u.test(text[end - 1]) && /^\p{Ll}/u.test(text.slice(nl + 1, nl + 3))) {
      sure++;
      width = Math.max(width, end - s);
    }
    s = e + 1;
  }
  // (A long headline, or a line left long by an edit, "... in Putrajaya. The Bangladesh High Commissioner to", does not
  // unmake the width: one such line for every three sure wraps.)
  const over = lengths.filter((n) => n > width + 10).length;
  return sure >= 3 && over <= Math.floor(sure / 3) ? width : 0;
}
// "Yilmaz also met Defence Minister Prabowo\nSubianto on Tuesday": two lower-case words in a row say a sentence, as a
// clause and its comma do; a headline has at most one ("Jokowi receives Defence Minister Prabowo").
const WRAPPED_NAME_RE = /^\p{Lu}[^\n]*(?:\p{Ll}, |(?<![\p{L}\p{M}])\p{Ll}+ \p{Ll}+ )[^\n]*?(\p{L}+) (\p{Lu}\p{Ll}+)(?: (\p{Lu}[\p{L}'’-]+))?$/u;
/** Does the line end with a title word and one or two capitalised words, after a clause and its comma, or in a sentence? */
// A title word, then one or two capitalised words ending the line ("President Emmerson", "Kazakh President Kassym-Jomart",
// "Foreign Minister Bakhtiyor").
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’-]+$/u;
function titleNameEnd(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const n = words.length;
  if (n < 2 || !NAME_WORD_RE.test(words[n - 1])) return false;
  if (titleWords.has(fold(words[n - 2])) || (n >= 3 && NAME_WORD_RE.test(words[n - 2]) && !titleWords.has(fold(words[n - 2])) && titleWords.has(fold(words[n - 3])))) return true;
  // ("President of Uzbekistan Shavkat", "Marshal of the Sejm Włodzimierz": a title word and the country or body its "of"
  // names, then the given name.)
  const of = words[n - 3] === "the" ? n - 4 : n - 3;
  return of >= 1 && NAME_WORD_RE.test(words[n - 2]) && words[of] === "of" && titleWords.has(fold(words[of - 1]));
}

function cutAfterTitle(line: string): boolean {
  const m = WRAPPED_NAME_RE.exec(line);
  // "Defence Minister Prabowo": the title word may be the one before the last two words or before the last one.
  return !!m && (titleWords.has(fold(m[1])) || (!!m[3] && titleWords.has(fold(m[2]))));
}
// The rest of the name, then lower case: "Subianto on", "Harini Amarasuriya at", "Dr. Harini Amarasuriya at" (a title
// word ends the line before a whole name, its style included).
const NAME_GOES_ON_RE = /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]+){0,2}(?: \p{Ll}|, \p{Ll})/u;

/** Where a sign-off begins in text[s, e), with the spaces before it, or -1. */
function signoffStart(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && /\s/.test(text[end - 1])) end--;
  const from = Math.max(s, end - SIGNOFF_TAIL);
  const m = SIGNOFF_TAIL_RE.exec(text.slice(from, end));
  if (!m) return -1;
  let start = from + m.index;
  if (m[0][0] !== "/") {
    while (start > s && /[—–-]/.test(text[start - 1])) start--;
    // The dash form needs a space before it: "Vietnam-ROK" is not a sign-off.
    if (!(start > s && /\s/.test(text[start - 1]))) return -1;
  }
  while (start > s && /\s/.test(text[start - 1])) start--;
  return start;
}

/** "ZANIS - Zambia News and Information Services": an outlet's name in capitals over its full name, a line with no
 * sentence after the dash, is the masthead, not a dateline (an unknown word in capitals before a dash is no place). */
function masthead(line: string, dl: RegExpExecArray): boolean {
  const rest = line.slice(dl[0].length).trim();
  if (knownPlace(normalisePlace(dl[1].trim())) || !rest || /[.!?:;,]/.test(rest)) return false;
  const words = rest.split(/\s+/);
  return words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the|de|da|do|des|du|et)$/.test(w));
}

/** "ANKARA" alone on its line, above the first paragraph: a known place in capitals is a dateline. */
function datelineLine(line: string): RegExpExecArray | null {
  const m = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,30})\s*$/u.exec(line);
  return m && placeKeys.has(fold(m[1].trim())) ? m : null;
}
const placeKeys = new Set(places.map((p) => fold(p.name)));
const knownPlace = (name: string) => placeKeys.has(fold(name)) || !!lookupCountry(name);

/** "Luanda - The President of the Republic ...": a known place written in title case before a dash opens the line. */
function datelinePlace(line: string): RegExpExecArray | null {
  const m = capitalFirst(line) ? DATELINE_TITLE_RE.exec(line) : null;
  return m && placeKeys.has(fold(m[1].trim())) ? m : null;
}
const DATELINE_TITLE_RE = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2})\s+[–—-]+\s+/u;

// The first place of each folded name, and of each country and folded name without spaces: a dateline looks its place
// up once per document, which would otherwise fold every place name.
const placeByFold = new Map<string, (typeof places)[number]>();
const placeBySpelling = new Map<string, (typeof places)[number]>();
for (const p of places) {
  const key = fold(p.name);
  if (!placeByFold.has(key)) placeByFold.set(key, p);
  const spelling = `${p.country}|${key.replace(/\s/g, "")}`;
  if (!placeBySpelling.has(spelling)) placeBySpelling.set(spelling, p);
}

/** "ASTANA. KAZINFORM -": a known place, a full stop, then one word, the agency's name: the place is the dateline
 * ("St. Petersburg" is no "St": an abbreviation is no place). */
function withoutAgency(place: string): string {
  const stop = place.indexOf(". ");
  if (stop < 0 || knownPlace(place) || /\s/.test(place.slice(stop + 2).trim())) return place;
  const first = normalisePlace(place.slice(0, stop));
  return first.length > 3 && knownPlace(first) ? first : place;
}

function normalisePlace(raw: string): string {
  const key = fold(raw);
  const hit = placeByFold.get(key);
  if (hit) {
    // Prefer the gazetteer's first spelling for the same place ("HÀ NỘI" => "Hanoi").
    const same = placeBySpelling.get(`${hit.country}|${key.replace(/\s/g, "")}`);
    return same?.name ?? hit.name;
  }
  if (raw === raw.toUpperCase()) return raw.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
  return raw;
}
