// A word class stands for exactly its list (issue #11: rules test a bit where they asked a Set), a sentence's union
// holds every class of its tokens, and a class cannot be added once tokens carry their classes.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extraction/text.ts";
import { classesOf, classesOfAll, has, wordClass } from "../../src/extraction/word-classes.ts";

describe("word classes", () => {
  it("tell a token's membership of each list as the list does", () => {
    const travel = ["travel", "flies", "visit"];
    const titles = ["ministers", "visit"];
    const T = wordClass(travel);
    const P = wordClass(titles);
    const toks = tokenize("The Ministers will Travel to Hanoi, then visit Huế and fly home.");
    for (const t of toks) {
      expect(has(t, T), t.norm).toBe(travel.includes(t.norm));
      expect(has(t, P), t.norm).toBe(titles.includes(t.norm));
    }
    expect(classesOfAll(toks)).toBe(T | P);
    expect(classesOfAll(tokenize("Nothing here."))).toBe(0);
    expect(has(undefined, T)).toBe(false);
    expect(classesOf(toks[toks.length - 1])).toBe(0);
    expect(() => wordClass(["late"])).toThrow();
  });
});
