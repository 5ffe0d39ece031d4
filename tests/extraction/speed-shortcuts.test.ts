// Shortcuts taken for speed (issue #11) must give what the slower form gave: a sentence repeats another when their keys
// (folded letters and digits, anything else one space) are equal, now found through a hash of the key; a lower-case
// word is an Arabic article joined to a name exactly when ARTICLE_NAME_RE says so, now after a cheap test of the hyphen;
// a long text of ASCII and punctuation folds without the normalisation; per-token patterns are skipped on a first
// character or a length that rules them out.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/index.ts";
import { ARTICLE_NAME_RE, articleName, cues } from "../../src/extraction/gazetteers.ts";
import { endsSentence, prefixRe, prefixTest } from "../../src/extraction/reader.ts";
import { fold, isAcronym, looseTok, mayBeCapitals, mayBeNumber } from "../../src/extraction/text.ts";

const repeats = (text: string) => readDocument(text).noise.filter((n) => n.kind === "repeat").length;

describe("speed shortcuts keep their results", () => {
  it("finds a repeated sentence whatever its case, accents and punctuation, and only then", () => {
    const body = "The envoy met Đặng Văn Hùng in Huế.\nthe ENVOY met dang van hung -- in Hue!\nThe envoy met Dang Van Hung in Hue 2.";
    expect(repeats(` date 2024-02-01 A report\n${body}`)).toBe(1);
    // The headline repeated as a first line.
    expect(repeats(" date 2024-02-01 Envoys meet in Hue\nEnvoys meet in Hue.\nThe talks went well.")).toBe(1);
  });

  it("reads sentences without a-z or 0-9 as one key, as before", () => {
    // Two sentences in another script have the same (empty) key: the second counts as a repeat, the headline does not.
    expect(repeats(" date 2024-02-01 Встреча\nПосол встретился с министром.\nПереговоры прошли хорошо.")).toBe(1);
  });

  it("tells Arabic articles joined to a name as the pattern does", () => {
    const words = ["al-Sharaa", "el-Sisi", "ash-Sharif", "al‑Thani", "al-sharaa", "also", "talks", "an-", "a-Zed", "al", "x-Ray", "bin-Laden", "ash-sharif"];
    for (const w of words) expect(articleName(w), w).toBe(ARTICLE_NAME_RE.test(w));
    expect(articleName("al-Sharaa")).toBe(true);
  });

  it("tells a sentence's end by its last two characters as the pattern did", () => {
    const ends = ["", ".", "!", "?", "a", "a.", "a!\"", "a?”", "a.’", "(a.)", "a)", "a.\"x", ".\"\"", "x ”", "“.", "a. ", "a…", "a.”\n", "😀.", "."];
    for (const s of ends) expect(endsSentence(s), JSON.stringify(s)).toBe(/[.!?]["”’)]?$/.test(s));
  });

  it("skips the page-furniture prefix patterns only where they cannot match", () => {
    const lists = [cues.pageFurniture.linePrefixes, cues.pageFurniture.listHeaders, ["'Tis", "©", "Kelvin", "Sources", "x"]];
    const words = lists.flat();
    // Every word as written, in other cases, with the letters that fold to ASCII ones under the i and u flags ("ſ", the
    // Kelvin sign), with a curly apostrophe, and lines that begin otherwise.
    const lines = words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase(), `${w}: more`, `${w}s`, `${w} news`, w.replace(/^s/i, "ſ"), w.replace(/^k/i, "\u212a"), w.replace(/'/g, "’"), ` ${w}`, `1${w}`]);
    lines.push("", "The talks went well.", "Đà Nẵng", "«Related»", "ſee also");
    for (const list of lists) {
      const fast = prefixTest(list);
      const re = prefixRe(list);
      for (const line of lines) expect(fast(line), `${JSON.stringify(line)}`).toBe(re.test(line));
    }
  });

  it("folds a long text of ASCII and punctuation as the normalisation did", () => {
    const slow = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").replace(/[’‘`]/g, "'").toLowerCase();
    const base = "The Minister’s `talks' with KOREA ended ";
    // Every character of U+2000-U+206F (U+2000 and U+2001 become other spaces under NFD), the no-break space, and texts
    // that hold letters outside ASCII, a combining mark or "Đ" too.
    const texts = Array.from({ length: 0x70 }, (_, k) => `${base}${String.fromCharCode(0x2000 + k)} here “quoted” — yes`);
    texts.push(`${base}\u00a0x`, `${base}Việt Nam`, `${base}e\u0301`, `${base}Đà Nẵng`, `${base}\u2000\u2001`, `${base}İstanbul`);
    for (const t of texts) expect(fold(t), JSON.stringify(t)).toBe(slow(t));
  });

  it("rules a token out of the per-token patterns only where they cannot match", () => {
    const words = ["EU", "FM", "EAM", "USA", "NATO", "ASEAN", "He", "he", "U.S.", "K.", "A.B.", "ÉU", "ŞA", "𝐀𝐁", "𝐀𝐁𝐂𝐃", "1st", "١٢", "²", "Ⅻ", "McKay", "Mac", "MacLeod", "mcKay", "M", "", "I", "ÀÉÎ", "'AB"];
    for (const w of words) {
      if (!mayBeCapitals(w, 2, 4)) expect(/^\p{Lu}{2,4}$/u.test(w), w).toBe(false);
      if (!mayBeCapitals(w, 2, 3)) expect(/^\p{Lu}{2,3}$/u.test(w), w).toBe(false);
      if (!mayBeNumber(w)) expect(/^\p{N}/u.test(w), w).toBe(false);
      if (!w.endsWith(".")) expect(/^(?:\p{Lu}\.){1,3}$/u.test(w), w).toBe(false);
      if (!w.startsWith("M")) expect(/^Ma?c\p{Lu}\p{Ll}+$/u.test(w), w).toBe(false);
    }
    expect(isAcronym(looseTok("McKay", "mckay", true))).toBe(false);
    expect(mayBeCapitals("𝐀𝐁𝐂𝐃", 2, 4) && /^\p{Lu}{2,4}$/u.test("𝐀𝐁𝐂𝐃")).toBe(true);
  });
});
