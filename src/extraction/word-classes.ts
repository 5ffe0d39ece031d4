// Word classes: one bit per word list that rules scan a sentence's tokens for (signing verbs, travel words, plural
// titles, the words a style begins with...). Each token's classes are looked up once, when its sentence is built, and a
// sentence holds the union of its tokens': a rule looking for one of the list's words skips every sentence without
// any, and tests a bit per token instead of hashing the token's form into a Set again. A bit stands for exactly its
// list (`has(t, bit)` is `list.has(t.norm)`), so the rules' results do not change.
import type { Tok } from "./text.ts";

const classOf = new Map<string, number>();
let classes = 0;
let asked = false;

/** A new class holding `words` (folded forms, as tokens' norms). Only at load time, before any token is classed. */
export function wordClass(words: Iterable<string>): number {
  if (asked) throw new Error("wordClass: a class added after tokens were classed would be missing from them");
  // 31 bits keep every mask a small integer.
  if (classes === 31) throw new Error("wordClass: more than 31 classes");
  const bit = 1 << classes++;
  for (const w of words) classOf.set(w, (classOf.get(w) ?? 0) | bit);
  return bit;
}

/** The classes of the token's folded form, noted on the token the first time. */
export function classesOf(t: Tok): number {
  let c = t.cls;
  if (c < 0) {
    asked = true;
    t.cls = c = classOf.get(t.norm) ?? 0;
  }
  return c;
}

/** Whether the token's folded form is in the class `bit`'s list. */
export function has(t: Tok | undefined, bit: number): boolean {
  return t !== undefined && (classesOf(t) & bit) !== 0;
}

/** The union of the tokens' classes. */
export function classesOfAll(toks: readonly Tok[]): number {
  let c = 0;
  for (let k = 0; k < toks.length; k++) c |= classesOf(toks[k]);
  return c;
}
