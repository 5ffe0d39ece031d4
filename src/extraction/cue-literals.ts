// The literal texts a cue pattern's match must contain, read from the pattern's source (issue #11, speed).
//
// mayMatch (text.ts) reads only the literal a match begins with, up to the first thing that is not a literal: for
// "(?:at|during|in|held|had) (?:an? |the )?(?:[\p{Ll}-]+ )?interaction" that is "at", "in" or "held", which most
// sentences hold, so the pattern ran on them and found nothing. This reader goes on past such atoms: each alternative
// of the pattern gives every literal run it must contain ("held ", "interaction"), and `requiredClause` keeps the
// longest of each alternative, so that the pattern may match only where one of those occurs.
//
// A necessary condition, never more: whatever the reader cannot tell is left out of the condition (an atom that is not
// a literal ends a run, an optional part adds nothing, a group of too many alternatives is dropped), and syntax it does
// not know makes the whole answer null (no pre-test). (First written for the ninth pass, which asked every literal of
// every pattern before each search and found that cost as much as it spared; here one clause is asked, and only of
// patterns that the leading literals let through.)

import { PatternCursor } from "./text.ts";

/** One alternative being read: the runs already closed, and the run that the next literal character extends. */
interface Alt {
  done: string[];
  text: string;
}

// Literal characters, compared in lower case: ASCII only, where lower-casing and the engine's case-insensitive matching
// agree (but "ſ" and the Kelvin sign, which matchForm handles).
const LITERAL_CHAR = /[A-Za-z0-9 ,'&-]/;
const ESCAPED_LITERAL = /[.\-/,:'&]/;
// A cap on the alternatives of a cross product: a group that would pass it is left out of the condition.
const MAX_ALTERNATIVES = 64;

/** For each alternative of `source`, the literal texts (lower case) every match of that alternative contains, in the
 * order they occur; null when some alternative need contain none, or the syntax is beyond the reader. */
export function requiredLiterals(source: string): string[][] | null {
  try {
    const r = new RequiredReader(source);
    const alts = r.alternatives();
    if (r.i !== source.length) return null;
    const out: string[][] = [];
    for (const a of alts) {
      const lits = [...a.done, a.text].filter((t) => t !== "");
      if (lits.length === 0) return null;
      out.push(lits);
    }
    return out;
  } catch {
    return null;
  }
}

/** `a` followed by `b`: b's first run continues a's open run. */
function join(a: Alt, b: Alt): Alt {
  if (b.done.length === 0) return { done: a.done, text: a.text + b.text };
  return { done: [...a.done, a.text + b.done[0], ...b.done.slice(1)], text: b.text };
}

/** The open run closed: what comes next is not known to follow it directly. */
function cut(alts: Alt[]): Alt[] {
  return alts.map((a) => (a.text === "" ? a : { done: [...a.done, a.text], text: "" }));
}

class RequiredReader extends PatternCursor<Alt[]> {

  /** alternative ("|" alternative)*, up to ")" or the end. */
  alternatives(): Alt[] {
    const out: Alt[] = [];
    for (;;) {
      out.push(...this.sequence());
      if (this.s[this.i] !== "|") return out;
      this.i++;
    }
  }

  /** One alternative, consumed whole. */
  private sequence(): Alt[] {
    const s = this.s;
    let alts: Alt[] = [{ done: [], text: "" }];
    while (this.i < s.length && s[this.i] !== "|" && s[this.i] !== ")") {
      const c = s[this.i];
      // Zero-width assertions between literals leave them adjacent.
      if (c === "^" || c === "$") {
        this.i++;
        continue;
      }
      if (c === "\\" && (s[this.i + 1] === "b" || s[this.i + 1] === "B")) {
        this.i += 2;
        continue;
      }
      if (c === "(" && /^\(\?<?[=!]/.test(s.slice(this.i, this.i + 4))) {
        this.skipGroup();
        alts = cut(alts);
        continue;
      }
      if (c === "(") {
        const inner = this.group();
        const q = this.quantifier();
        if (q === "optional" || alts.length * inner.length > MAX_ALTERNATIVES) {
          alts = cut(alts);
          continue;
        }
        alts = alts.flatMap((a) => inner.map((b) => join(a, b)));
        // More copies may follow the first: what comes after is not known to follow it directly.
        if (q === "more") alts = cut(alts);
        continue;
      }
      if (LITERAL_CHAR.test(c) || (c === "\\" && ESCAPED_LITERAL.test(s[this.i + 1] ?? ""))) {
        const ch = (c === "\\" ? s[this.i + 1] : c).toLowerCase();
        this.i += c === "\\" ? 2 : 1;
        const q = this.quantifier();
        if (q === "optional") {
          alts = cut(alts);
          continue;
        }
        alts = alts.map((a) => ({ done: a.done, text: a.text + ch }));
        if (q === "more") alts = cut(alts);
        continue;
      }
      this.skipAtom();
      alts = cut(alts);
    }
    return alts;
  }

  /** Skips one atom that is not a literal (a class, an escape, "."), with its quantifier. */
  private skipAtom(): void {
    const s = this.s;
    const c = s[this.i];
    if (c === "[") {
      this.skipClass();
    } else if (c === "\\") {
      const e = s[this.i + 1] ?? "";
      if ((e === "p" || e === "P" || e === "u") && s[this.i + 2] === "{") this.i = s.indexOf("}", this.i) + 1;
      else if (e === "u") this.i += 6;
      else if (e === "x") this.i += 4;
      else if (e === "c") this.i += 3;
      else if (e === "k" && s[this.i + 2] === "<") this.i = s.indexOf(">", this.i) + 1;
      else if (/[0-9]/.test(e)) {
        this.i += 2;
        while (/[0-9]/.test(s[this.i] ?? "")) this.i++;
      } else this.i += 2;
      if (this.i <= 0) throw new Error("escape");
    } else if ("*+?{}".includes(c)) throw new Error("quantifier without atom");
    else this.i++;
    this.quantifier();
  }

}

// More literals than this in a clause: most sentences hold one of them, and the searches cost more than they spare.
const MAX_CLAUSE = 8;

/** One literal of each alternative (lower case), those that contain another left out: a match of the pattern contains
 * one of them. The longest after the first is taken (the first is what mayMatch asked already), or the first when it
 * is the only one; when that makes a long clause, the one that most alternatives share ("(?:to|will) (?:visit|tour|...)
 * [^.;]{1,80}? and meet": " and "). Null when the pattern's literals cannot be read or the clause would be long. */
export function requiredClause(source: string): string[] | null {
  const alts = requiredLiterals(source);
  if (alts === null) return null;
  const later = alts.map((lits) => (lits.length > 1 ? lits.slice(1) : lits));
  const longest = clauseOf(later.map((lits) => lits.reduce((a, b) => (b.length > a.length ? b : a))));
  if (longest.length <= MAX_CLAUSE) return longest;
  const shared = new Map<string, number>();
  for (const lits of later) for (const l of new Set(lits)) shared.set(l, (shared.get(l) ?? 0) + 1);
  const most = (a: string, b: string) => (shared.get(b)! > shared.get(a)! || (shared.get(b) === shared.get(a) && b.length > a.length) ? b : a);
  const common = clauseOf(later.map((lits) => lits.reduce(most)));
  return common.length <= MAX_CLAUSE ? common : null;
}

/** The literals, shortest first, without those that contain another (one of them occurring is then enough). */
function clauseOf(picked: string[]): string[] {
  const texts = [...new Set(picked)].sort((a, b) => a.length - b.length);
  return texts.filter((t, k) => !texts.slice(0, k).some((u) => t.includes(u)));
}
