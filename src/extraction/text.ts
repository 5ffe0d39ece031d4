// Low-level text helpers shared by every component: folding for comparison and a tokenizer
// that keeps offsets into the original document.

export interface Tok {
  text: string;
  start: number;
  end: number;
  /** Folded (no diacritics, lower case) form used for every lookup. */
  norm: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Letters/digits, as opposed to punctuation. */
  word: boolean;
}

/** Diacritics stripped, lower case: the key every gazetteer lookup uses ("Việt Nam" => "viet nam"). */
/** U+034F, a combining mark that stands for a line break inside a hyphenated word the reader joined ("Meinl-\nReisinger"):
 * it keeps the word one token and the offsets as they are, and folding drops it with the other combining marks. */
export const COMBINING_JOINER = "\u034f";

// Soft hyphens, zero-width spaces and word joiners that web pages leave inside words ("Muse\u00adveni", "William\u200bRuto"):
// invisible on the page, so read as the joiner above (one code unit each, so the offsets stay).
const INVISIBLE_RE = /[\u00ad\u200b\u2060]|(?<!^)\ufeff/g;

/** The text with invisible format characters made COMBINING_JOINER, or the text itself when it holds none. */
export function hideInvisibles(text: string): string {
  INVISIBLE_RE.lastIndex = 0;
  return INVISIBLE_RE.test(text) ? text.replace(INVISIBLE_RE, COMBINING_JOINER) : text;
}

export function fold(s: string): string {
  // ASCII: lower-cased only when it has a capital (most words and norms have none, and keep their string).
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return foldUnicode(s);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? s.toLowerCase() : s;
}

// Words outside ASCII recur through a document and across documents (names, places, curly apostrophes), and every rule
// folds them again: short ones keep their folded form here, the table emptied when it grows past its bound.
const foldedWords = new Map<string, string>();
const FOLDED_WORD = 40;
const FOLDED_WORDS = 20000;

function foldUnicode(s: string): string {
  if (s.length > FOLDED_WORD) return foldUnicodeNow(s);
  let f = foldedWords.get(s);
  if (f === undefined) {
    if (foldedWords.size >= FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(s, (f = foldUnicodeNow(s)));
  }
  return f;
}

function foldUnicodeNow(s: string): string {
  if (punctuationOnly(s)) return s.replace(/[’‘`]/g, "'").toLowerCase();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    // ("Kacır" and "Kacir" in one report: the dotless i decomposes to nothing, and writers drop its dot as often as keep it.)
    .replace(/ı/g, "i")
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

// Long texts (a report's, a proposal's) are mostly ASCII but for curly quotes, dashes and spaces of U+2000-U+206F, which
// NFD leaves as they are and which hold no combining mark nor "đ": for such a text the normalisation and its two
// replacements change nothing, and only the quotes and the case are left to fold. The characters are the block's own
// that NFD keeps (U+2000 and U+2001 it does not), and the no-break space.
const KEPT_BY_NFD = new Uint8Array(0x70).map((_, k) => (String.fromCharCode(0x2000 + k).normalize("NFD") === String.fromCharCode(0x2000 + k) ? 1 : 0));
function punctuationOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || c === 0xa0) continue;
    if (c < 0x2000 || c >= 0x2070 || KEPT_BY_NFD[c - 0x2000] === 0) return false;
  }
  return true;
}

// A loop, not /^[\x00-\x7f]*$/: fold runs on every token, and for short strings the call into the regex engine costs
// more than the scan.
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Name comparison key: folded tokens, hyphens, full stops and commas ("Marcos, Jr.") read as spaces, order ignored. */
export function nameKey(s: string): string {
  // Each rule that compares names asks again for the same few names' keys: they are kept, as fold's are.
  let key = nameKeys.get(s);
  if (key === undefined) {
    if (nameKeys.size >= FOLDED_WORDS) nameKeys.clear();
    nameKeys.set(s, (key = nameKeyNow(s)));
  }
  return key;
}
const nameKeys = new Map<string, string>();

function nameKeyNow(s: string): string {
  return fold(s)
    .replace(/[-‐‑–—_.,]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(" ");
}

// Given names and initials abbreviated with a full stop, matched as written ("MA." still ends a sentence): one list for the
// tokenizer and the sentence splitter.
export const GIVEN_ABBREVIATIONS = new Set(["Ma", "Md", "Mohd", "Muhd", "Ch", "Kh", "Sh", "Ts", "Zh"]);

// "U.S." is one token; a single capital followed by a full stop is an initial ("Marc E. Knapper"); words keep inner
// hyphens and apostrophes ("Yong-ju", "Huệ"); Mongolian outlets glue the patronymic initial to the name ("U.Khurelsukh"), and
// Philippine and Bangladeshi ones abbreviate a given name ("Ma. Theresa", "Md. Touhid"), and a Mongolian initial may be
// two Latin letters for one Cyrillic one ("Ts. Ganbat" for "Ц."): all keep their full stop; a
// possessive 's is split off so "Chinh's" yields "Chinh".
// A word character is [\p{L}\p{M}\p{N}], written as its ASCII part or another character of the class: the engine tests
// the ASCII part inline and only looks other characters up in the Unicode tables, which halves the tokenizer's time.
// nextToken reads the ASCII part of this by hand: change the two together (tokenizer.test.ts checks that they agree).
export const TOKEN_RE = new RegExp(
  String.raw`(?:[A-Za-z0-9]|(?![\x00-\x7f])[\p{L}\p{M}\p{N}])+[-‐‑](?:\p{Lu}\.){2,}|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s|$|\p{Lu}\p{Ll})|(?:${[...GIVEN_ABBREVIATIONS].join("|")})\.(?=\s+\p{Lu})|(?:[A-Za-z0-9]|(?![\x00-\x7f])[\p{L}\p{M}\p{N}])+(?:[-'’‐‑](?:[A-Za-z0-9]|(?![\x00-\x7f])[\p{L}\p{M}\p{N}])+)*|\S`,
  "gu",
);
const LETTER_RE = /\p{L}/u;

/** Ends in 's or ’s after a first letter ("Chinh's"); char tests first, as most tokens end otherwise. */
function isPossessive(raw: string): boolean {
  const n = raw.length;
  if (raw.charCodeAt(n - 1) !== 0x73) return false;
  const q = raw.charCodeAt(n - 2);
  if (q !== 0x27 && q !== 0x2019) return false;
  const c = raw.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_RE.test(raw[0]);
}

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  let pos = 0;
  let raw: string | null;
  while ((raw = nextToken(slice, pos)) !== null) {
    const at = tokenAt;
    pos = at + raw.length;
    const start = from + at;
    if (raw.length > 2 && isPossessive(raw)) {
      out.push(makeTok(raw.slice(0, -2), start));
      out.push(makeTok(raw.slice(-2), start + raw.length - 2));
    } else if (raw.length === 1 && OKINA.has(raw) && okinaOpensName(out, start, slice, at + 1)) {
      // "Fekitamoeloa 'Utoikamanu", "Dr 'Aisake Eke": a Tongan or Hawaiian okina written as an apostrophe opens the word.
      const next = nextToken(slice, pos)!;
      pos = tokenAt + next.length;
      out.push(makeTok(raw + next, start));
    } else {
      out.push(makeTok(raw, start));
    }
  }
  return out;
}

// Where the token nextToken returned starts.
let tokenAt = 0;

const asciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011;

/** The next match of TOKEN_RE in `s` from `p` (its start in tokenAt), or null. ASCII words, punctuation and spaces are
 * read by hand, which avoids a match object per token; anything else (a non-ASCII character in or after the word, a
 * capital, two letters or "M..." before a full stop, which the pattern's first alternatives read) goes to the pattern itself. */
function nextToken(s: string, p: number): string | null {
  const n = s.length;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    if (c >= 128) return tokenByPattern(s, p);
    if (!asciiWordChar(c)) {
      tokenAt = p;
      return s[p];
    }
    let j = p + 1;
    while (j < n && asciiWordChar(s.charCodeAt(j))) j++;
    if (j < n && s.charCodeAt(j) === 46 && (c === 77 || (j <= p + 2 && c >= 65 && c <= 90))) return tokenByPattern(s, p);
    while (j < n) {
      const d = s.charCodeAt(j);
      if (isJoiner(d) && j + 1 < n && asciiWordChar(s.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && asciiWordChar(s.charCodeAt(j))) j++;
      } else if (d >= 128 || (isJoiner(d) && j + 1 < n && s.charCodeAt(j + 1) >= 128)) {
        return tokenByPattern(s, p);
      } else break;
    }
    // "Canada-U.S. Trade": dotted capitals after a joiner stay in the word (the pattern reads them).
    if (j + 1 < n && s.charCodeAt(j) === 46 && isJoiner(s.charCodeAt(j - 2)) && s.charCodeAt(j - 1) >= 65 && s.charCodeAt(j - 1) <= 90) return tokenByPattern(s, p);
    tokenAt = p;
    return s.slice(p, j);
  }
  return null;
}

function tokenByPattern(s: string, p: number): string | null {
  TOKEN_RE.lastIndex = p;
  const m = TOKEN_RE.exec(s);
  if (!m) return null;
  tokenAt = m.index;
  return m[0];
}

const OKINA = new Set(["'", "’", "‘", "ʻ"]);

/** An apostrophe right before a capitalised lower-case word, after a capitalised word and a space: an okina, not a quote. */
function okinaOpensName(out: Tok[], start: number, slice: string, next: number): boolean {
  const prev = out[out.length - 1];
  if (!prev || !prev.cap || !prev.word || prev.end >= start) return false;
  return /^\p{Lu}\p{Ll}/u.test(slice.slice(next, next + 2));
}

function makeTok(text: string, start: number): Tok {
  const c = text.charCodeAt(0);
  // ASCII fast paths; the Unicode tests only run for other scripts and accented capitals.
  const cap = c < 128 ? (c >= 65 && c <= 90) || (c === 39 && text.length > 1 && /^'\p{Lu}/u.test(text)) : /^[’‘ʻ]?\p{Lu}/u.test(text);
  const word = text.length > 1 && OKINA.has(text[0]) ? true : c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : /^[\p{L}\p{M}\p{N}]/u.test(text);
  return { text, start, end: start + text.length, norm: fold(text), cap, word };
}

// Every Tok is built by the literal of makeTok or by the two helpers below, in the same order of keys, so that all
// tokens share one shape: a spread or a literal in another order gave tokens other maps, and the look-ups every rule
// makes on them (tokenCountry, nameLike) went megamorphic.

/** Token `t` read as another text ("Vietnam" of "Vietnam-Laos"): its offsets and word flag kept. */
export function retoken(t: Tok, text: string, norm: string, cap = t.cap): Tok {
  return { text, start: t.start, end: t.end, norm, cap, word: t.word };
}

/** A word that is no token of the document (a part of a title or name) as a Tok, for the look-ups that take one. */
export function looseTok(text: string, norm: string, cap: boolean): Tok {
  return { text, start: 0, end: 0, norm, cap, word: true };
}

/** "MoIT", "RoK", "JICA", "AEON": more than one capital, or all capitals. */
export function isAcronym(t: Tok): boolean {
  if (!t.word) return false;
  // "McClay", "MacKay": a Gaelic family name has a second capital and is short, but it is a name.
  if (t.text.startsWith("M") && GAELIC_RE.test(t.text)) return false;
  if (isAscii(t.text)) {
    // Same counts as below without two regex replacements per call.
    let letters = 0;
    let caps = 0;
    for (let i = 0; i < t.text.length; i++) {
      const c = t.text.charCodeAt(i);
      if (c >= 65 && c <= 90) caps++, letters++;
      else if (c >= 97 && c <= 122) letters++;
    }
    if (letters < 2) return false;
    if (caps === letters) return true;
    return caps >= 2 && letters <= 6 && !t.text.includes("-");
  }
  const letters = t.text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  const caps = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (caps === letters.length) return true;
  return caps >= 2 && letters.length <= 6 && !t.text.includes("-");
}

const GAELIC_RE = /^Ma?c\p{Lu}\p{Ll}+$/u;

/** False when `text` cannot match /^\p{Lu}{min,max}$/u: its length is out of range (a capital takes one or two UTF-16
 * units) or it begins with an ASCII character other than A-Z. Per-token tests ask this before the engine, whose call
 * costs more than the test on the words that fail it (nearly all). */
export function mayBeCapitals(text: string, min: number, max: number): boolean {
  const c = text.charCodeAt(0);
  return text.length >= min && text.length <= 2 * max && ((c >= 65 && c <= 90) || c >= 128);
}

/** False when `text` cannot match /^\p{N}/u: it begins with an ASCII character other than a digit. */
export function mayBeNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c >= 128;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---- cheap pre-tests for cue patterns ----------------------------------------------------------
// Rules scan every sentence with lists of cue patterns ("(?:held|hold) talks with", "paid (?:a )?courtesy call"),
// and most patterns cannot match most sentences. A pattern that begins with literal words can only match where one
// of them occurs, which String.includes on the lower-cased sentence tells far faster than running the pattern.
// The pre-test is a necessary condition read from the pattern itself, so cue data can change freely.

// Each pattern's leading literals, with the pair keys of each literal worked out once.
const leading = new WeakMap<RegExp, CueTest | null>();
const lowered = new WeakMap<object, string>();

/** The form of a text that mayMatch reads: lower case, and "ſ" as "s" (under the u and i flags "ſ" matches "s" but does
 * not lower-case to it; the Kelvin sign, the only other such letter, lower-cases to "k"). */
export function matchForm(text: string): string {
  const l = text.toLowerCase();
  return l.includes("ſ") ? l.replace(/ſ/g, "s") : l;
}

/** matchForm(holder.text), computed once per holder (a sentence) for every rule that pre-tests patterns on it. */
export function lowerText(holder: { text: string }): string {
  // The rules ask for one sentence's form several times in a row: the latest is kept at hand.
  if (holder === lastLowered.holder) return lastLowered.lower;
  let l = lowered.get(holder);
  if (l === undefined) lowered.set(holder, (l = matchForm(holder.text)));
  lastLowered.holder = holder;
  lastLowered.lower = l;
  return l;
}
const lastLowered: { holder: object | null; lower: string } = { holder: null, lower: "" };

/** False only when `re` cannot match the text whose matchForm is `lower`. */
export function mayMatch(re: RegExp, lower: string): boolean {
  let test = leading.get(re);
  if (test === undefined) leading.set(re, (test = cueTest(re)));
  return mayMatchCue(test, lower);
}

function pretestOf(source: string): { lits: string[]; keys: Uint16Array[] } | null {
  const lits = leadingLiterals(source);
  if (lits === null) return null;
  return { lits, keys: lits.map(pairKeys) };
}

function pairKeys(lit: string): Uint16Array {
  const k = new Uint16Array(Math.max(0, lit.length - 1));
  for (let i = 1; i < lit.length; i++) k[i - 1] = ((lit.charCodeAt(i - 1) & 0xff) << 8) | (lit.charCodeAt(i) & 0xff);
  return k;
}

/** `(lower) => words.some((w) => lower.includes(w))`, for lists of words (lower case) that rules ask of a sentence's
 * matchForm as their own pre-test: the pair table below rules most words out before a search reads the text. */
export function holdsAny(words: readonly string[]): (lower: string) => boolean {
  const keys = words.map(pairKeys);
  return (lower) => {
    if (lower !== pairsOf) notePairs(lower);
    for (let k = 0; k < words.length; k++) if (pairsPresent(keys[k]) && lower.includes(words[k])) return true;
    return false;
  };
}

// Most literals are absent, and a search for an absent literal reads the whole text. The pairs of adjacent characters
// of the latest text, noted once, rule most of them out first: a literal occurs only if each of its pairs does. A
// pair is keyed by the low bytes of its two characters; a shared key only lets a literal through to the search.
// One byte a pair (a 64 KB table stays in cache better than a 256 KB one); the table is cleared when the stamp wraps.
const pairSeen = new Uint8Array(65536);
let pairStamp = 0;
let pairsOf: string | null = null;

function notePairs(text: string): void {
  pairsOf = text;
  if (++pairStamp === 0x100) {
    pairSeen.fill(0);
    pairStamp = 1;
  }
  const stamp = pairStamp;
  let prev = text.charCodeAt(0) & 0xff;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i) & 0xff;
    pairSeen[(prev << 8) | c] = stamp;
    prev = c;
  }
}

function pairsPresent(keys: Uint16Array): boolean {
  for (let i = 0; i < keys.length; i++) if (pairSeen[keys[i]] !== pairStamp) return false;
  return true;
}

// A cue pattern written by cuePattern with WORD_START matches only where a word begins, so its leading literal's first
// three characters stand in the text's matchForm right after a character outside [a-z0-9_] (or at its start): the
// character before a match is no word character under i and u, and no other character lower-cases to one of those
// (ſ and the Kelvin sign are word characters here; "İ" lower-cases to "i" and a combining dot). The three characters
// at each word start of the latest text, noted once, rule out in one look-up per literal most of the patterns that the
// pair test lets through on common words ("held", "to", "will" anywhere in a sentence), before that test runs.
const leadSeen = new Uint8Array(65536);
let leadStamp = 0;
let leadsOf: string | null = null;

const leadKey = (a: number, b: number, c: number) => ((a & 0x3f) << 10) | ((b & 0x1f) << 5) | (c & 0x1f);

function noteLeads(text: string): void {
  leadsOf = text;
  if (++leadStamp === 0x100) {
    leadSeen.fill(0);
    leadStamp = 1;
  }
  const stamp = leadStamp;
  let wordBefore = false;
  for (let i = 0; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!wordBefore) leadSeen[leadKey(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2))] = stamp;
    wordBefore = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
  }
}

/** mayMatch's pre-test of a cue pattern, kept by the caller (no look-up per call), with the word-start keys of its
 * literals when the pattern opens with WORD_START under i and u and each literal has three characters or more; null
 * when the pattern's start cannot be read (it must always run). */
export interface CueTest {
  lits: string[];
  keys: Uint16Array[];
  leads: Uint16Array | null;
}

export function cueTest(re: RegExp): CueTest | null {
  const wordStarts = re.flags.includes("i") && re.flags.includes("u") && topAlternatives(re.source).every((a) => a.startsWith(WORD_START) || a.startsWith("\\b"));
  const atWord = wordStarts ? leadingLiterals(re.source, true) : null;
  if (atWord !== null && atWord.every((l) => l.length >= 3 && /^[a-z0-9_]/.test(l))) {
    return { lits: atWord, keys: atWord.map(pairKeys), leads: Uint16Array.from(atWord, (l) => leadKey(l.charCodeAt(0), l.charCodeAt(1), l.charCodeAt(2))) };
  }
  const test = pretestOf(re.source);
  return test === null ? null : { lits: test.lits, keys: test.keys, leads: null };
}

/** The pattern's alternatives at the top level (each must open at a word start for the word-start keys to hold). */
function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** mayMatch(re, lower) for the pattern whose cueTest is `test`: a literal counts only if it also begins a word. */
export function mayMatchCue(test: CueTest | null, lower: string): boolean {
  if (test === null) return true;
  const { lits, keys, leads } = test;
  if (leads !== null && lower !== leadsOf) noteLeads(lower);
  for (let k = 0; k < lits.length; k++) {
    if (leads !== null && leadSeen[leads[k]] !== leadStamp) continue;
    if (lower !== pairsOf) notePairs(lower);
    if (pairsPresent(keys[k]) && lower.includes(lits[k])) return true;
  }
  return false;
}

// Under the i and u flags V8 tests `\b` through a call into its case tables at every position it tries, which made a
// cue list of a few words cost 2-3 µs a sentence (0.6 µs written as below, measured on the dev corpus). When every
// match begins with a word character (the pattern's leading literals, read as for mayMatch, all do), a leading `\b` is
// exactly "no word character before", which the engine tests inline. Under i and u, \w also holds "ſ" and the Kelvin
// sign, as the `\b` it replaces does.
export const WORD_START = "(?<![\\w\\u017f\\u212a])";

/** new RegExp(source, flags), with a leading `\b` written as a look-behind where that is the same test and faster. */
export function cuePattern(source: string, flags: string): RegExp {
  if (source.startsWith("\\b") && flags.includes("i") && flags.includes("u")) {
    const lits = leadingLiterals(source);
    if (lits !== null && lits.every((l) => /^[a-z0-9_]/.test(l))) return new RegExp(WORD_START + source.slice(2), flags);
  }
  return new RegExp(source, flags);
}

/** Literal texts (lower case), one of which begins every match of the pattern; null when the pattern's start is not
 * literal enough to tell. Reads a subset of the syntax (assertions, groups, alternation, literal ASCII) and gives up on
 * anything else. */
export function leadingLiterals(source: string, atWordStart = false): string[] | null {
  try {
    const p = new LiteralReader(source);
    const r = p.alternatives();
    if (p.i !== source.length || r === null || r.some((l) => l.text === "")) return null;
    // A literal that contains another adds nothing to "one of them occurs"; the shortest, likeliest ones go first.
    // (Asked where a word begins, only one that begins with another adds nothing: "phone" at a word start says nothing
    // of "telephone".)
    const texts = [...new Set(r.map((l) => l.text))].sort((a, b) => a.length - b.length);
    return texts.filter((t, k) => !texts.slice(0, k).some((u) => (atWordStart ? t.startsWith(u) : t.includes(u))));
  } catch {
    return null;
  }
}

interface Lit {
  text: string;
  /** The literal is the whole alternative, so what follows it may be appended. */
  whole: boolean;
}

const LITERAL_CHAR = /[A-Za-z0-9 ,'&-]/;
const MAX_LITERALS = 64;

/** A position in a pattern's source, with the syntax both pattern readers share (here and in cue-literals.ts). */
export abstract class PatternCursor<Alternatives> {
  i = 0;
  constructor(protected readonly s: string) {}

  /** alternative ("|" alternative)*, up to ")" or the end, as the reader reads them. */
  abstract alternatives(): Alternatives;

  /** "(" alternatives ")" for capturing, non-capturing and named groups. */
  protected group(): Alternatives {
    this.openGroup();
    const r = this.alternatives();
    this.closeGroup();
    return r;
  }

  /** Past "(" and a group's "?:" or "?<name>"; any other group is syntax the readers do not know. */
  protected openGroup(): void {
    const s = this.s;
    this.i++;
    if (s[this.i] === "?") {
      if (s[this.i + 1] === ":") this.i += 2;
      else if (s[this.i + 1] === "<" && /[A-Za-z_$]/.test(s[this.i + 2] ?? "")) this.i = s.indexOf(">", this.i) + 1;
      else throw new Error("unsupported group");
    }
  }

  /** Past a whole group, unread, and its quantifier. */
  protected skipGroup(): void {
    const s = this.s;
    let depth = 0;
    do {
      const c = s[this.i];
      if (c === "\\") this.i++;
      else if (c === "[") {
        this.i++;
        while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? 2 : 1;
      } else if (c === "(") depth++;
      else if (c === ")") depth--;
      this.i++;
    } while (depth > 0 && this.i < s.length);
    if (depth !== 0) throw new Error("unbalanced");
    this.quantifier();
  }

  /** Past a character class "[...]". */
  protected skipClass(): void {
    const s = this.s;
    this.i++;
    while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? 2 : 1;
    if (s[this.i] !== "]") throw new Error("class");
    this.i++;
  }

  /** Past the ")" that closes a group. */
  protected closeGroup(): void {
    if (this.s[this.i] !== ")") throw new Error("unbalanced");
    this.i++;
  }

  /** "one" (none, or a bound of exactly one), "optional" (may be absent), or "more" (one copy, perhaps more); past it and
   * its lazy "?". */
  protected quantifier(): "one" | "optional" | "more" {
    const s = this.s;
    const c = s[this.i];
    let q: "one" | "optional" | "more" = "one";
    if (c === "?" || c === "*") {
      this.i++;
      q = "optional";
    } else if (c === "+") {
      this.i++;
      q = "more";
    } else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.i));
      if (!m) throw new Error("brace");
      this.i += m[0].length;
      q = Number(m[1]) === 0 ? "optional" : m[2] === undefined && m[1] === "1" ? "one" : "more";
    } else return q;
    if (s[this.i] === "?") this.i++;
    return q;
  }
}

class LiteralReader extends PatternCursor<Lit[] | null> {

  /** alternative ("|" alternative)*, up to ")" or the end. */
  alternatives(): Lit[] | null {
    const out: Lit[] = [];
    let unknown = false;
    for (;;) {
      const seq = this.sequence();
      if (seq === null) unknown = true;
      else out.push(...seq);
      if (this.s[this.i] !== "|") break;
      this.i++;
    }
    return unknown ? null : out;
  }

  /** One alternative: its leading literals, after skipping zero-width assertions. Consumes the whole alternative. */
  private sequence(): Lit[] | null {
    const s = this.s;
    // Zero-width assertions at the start constrain the match without consuming text.
    for (;;) {
      if (s.startsWith("\\b", this.i) || s.startsWith("\\B", this.i)) this.i += 2;
      else if (s[this.i] === "^") this.i++;
      else if (/^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4))) this.skipGroup();
      else break;
    }
    let lits: Lit[] = [{ text: "", whole: true }];
    let open = true;
    while (this.i < s.length && s[this.i] !== "|" && s[this.i] !== ")") {
      if (!open) {
        this.skipAtom();
        continue;
      }
      const c = s[this.i];
      if (c === "(" && !/^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4))) {
        const atStart = lits.length === 1 && lits[0].text === "";
        const inner = this.group();
        const q = this.quantifier();
        // An optional group first ("(?:(last|next)\s+)?(Monday|...)"): a match begins with the group or with what follows.
        if (q === "optional" && atStart && inner !== null) {
          const rest = this.sequence();
          return rest && [...inner.map((l) => ({ text: l.text, whole: false })), ...rest];
        }
        if (q === "optional" || inner === null) {
          open = false;
          continue;
        }
        lits = lits.flatMap((a) => inner.map((b) => ({ text: a.text + b.text, whole: b.whole && q === "one" })));
        if (lits.length > MAX_LITERALS) return null;
        open = lits.every((l) => l.whole);
        continue;
      }
      if (LITERAL_CHAR.test(c) || (c === "\\" && /[.\-/,:'&]/.test(s[this.i + 1] ?? ""))) {
        const ch = c === "\\" ? s[this.i + 1] : c;
        this.i += c === "\\" ? 2 : 1;
        const q = this.quantifier();
        if (q === "optional") {
          open = false;
          continue;
        }
        lits = lits.map((l) => ({ text: l.text + ch.toLowerCase(), whole: q === "one" }));
        open = q === "one";
        continue;
      }
      open = false;
    }
    for (const l of lits) if (!open) l.whole = false;
    return lits;
  }

  /** Skips one atom (with its quantifier) that is not read. */
  private skipAtom(): void {
    const s = this.s;
    const c = s[this.i];
    if (c === "(") this.skipGroup();
    else if (c === "[") {
      this.skipClass();
    } else if (c === "\\") {
      this.i += s[this.i + 1] === "p" || s[this.i + 1] === "P" || s[this.i + 1] === "u" && s[this.i + 2] === "{" ? s.indexOf("}", this.i) + 1 - this.i : 2;
    } else this.i++;
    this.quantifier();
  }

}
