// Shortcuts taken for speed (issue #11) must give what the slower form gave: a sentence repeats another when their keys
// (folded letters and digits, anything else one space) are equal, now found through a hash of the key; a lower-case
// word is an Arabic article joined to a name exactly when ARTICLE_NAME_RE says so, now after a cheap test of the hyphen.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/index.ts";
import { ARTICLE_NAME_RE, articleName } from "../../src/extraction/gazetteers.ts";

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
});
