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
const ASCII_RE = /^[\x00-\x7f]*$/;

export function fold(s: string): string {
  if (ASCII_RE.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** Name comparison key: folded tokens, hyphens and full stops read as spaces, order ignored. */
export function nameKey(s: string): string {
  return fold(s)
    .replace(/[-‐‑–—_.]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(" ");
}

// "U.S." is one token; a single capital followed by a full stop is an initial ("Marc E. Knapper"); words keep inner
// hyphens and apostrophes ("Yong-ju", "Huệ"); Mongolian outlets glue the patronymic initial to the name ("U.Khurelsukh"), and
// Philippine and Bangladeshi ones abbreviate a given name ("Ma. Theresa", "Md. Touhid"): both keep their full stop; a possessive 's is split off so "Chinh's" yields "Chinh".
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s|$|\p{Lu}\p{Ll})|(?:Ma|Md|Mohd|Muhd)\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:[-'’‐‑][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE_RE = /['’]s$/u;

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    const start = from + m.index;
    const raw = m[0];
    if (raw.length > 2 && POSSESSIVE_RE.test(raw) && /[\p{L}]/u.test(raw[0])) {
      out.push(makeTok(raw.slice(0, -2), start));
      out.push(makeTok(raw.slice(-2), start + raw.length - 2));
    } else if (raw.length === 1 && OKINA.has(raw) && okinaOpensName(out, start, slice, m.index + 1)) {
      // "Fekitamoeloa 'Utoikamanu", "Dr 'Aisake Eke": a Tongan or Hawaiian okina written as an apostrophe opens the word.
      const next = TOKEN_RE.exec(slice)!;
      out.push(makeTok(raw + next[0], start));
    } else {
      out.push(makeTok(raw, start));
    }
  }
  return out;
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

/** "MoIT", "RoK", "JICA", "AEON": more than one capital, or all capitals. */
export function isAcronym(t: Tok): boolean {
  if (!t.word) return false;
  const letters = t.text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  const caps = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (caps === letters.length) return true;
  return caps >= 2 && letters.length <= 6 && !t.text.includes("-");
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
