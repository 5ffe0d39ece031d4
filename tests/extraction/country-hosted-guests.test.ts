// "Lusaka, 13 May 2026 - The President, X, received Y on a working visit to Zambia" (issue #11): when the host is not
// found as the sentence's subject (a title of two parts before his name), the guests who travel are those named between the word of
// hosting and the visit, never the host named before that word.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const tail = " The two leaders reviewed cooperation between Zambia and Malawi, and Malawi asked Zambia to reopen the Mwami border post.";

describe("the host before the word of hosting stays at home", () => {
  it("'The Vice President, Head of Government Business, X, ... received the Vice President of Malawi, Y, on a working visit to Zambia'", () => {
    const doc = run(`Lusaka, 13 May 2026 - The President, Hakainde Mwale, yesterday at State House received the President of the Republic of Malawi, Peter Banda, on a working visit to Zambia.${tail}`, "2026-05-13");
    expect(official(doc, "Hakainde Mwale")?.country).toBe("ZM");
    expect(official(doc, "Peter Banda")?.country).toBe("MW");
  });

  it("'The Vice President, Head of Government Business, X, hosted the Vice President of Malawi, Y, on a state visit to Zambia'", () => {
    const doc = run(`The Vice President, Head of Government Business, Hakainde Mwale, on Tuesday hosted the Vice President of Malawi, Peter Banda, on a state visit to Zambia.${tail}`, "2026-05-13");
    expect(official(doc, "Hakainde Mwale")?.country).toBe("ZM");
  });

  it("'The Vice President, Leader of Government Business, X, welcomed ... for an official visit to Zambia'", () => {
    const doc = run(`Lusaka, 13 May 2026 - The Vice President, Leader of Government Business, Hakainde Mwale, welcomed the Vice President of Malawi, Peter Banda, for an official visit to Zambia.${tail}`, "2026-05-13");
    expect(official(doc, "Hakainde Mwale")?.country).toBe("ZM");
  });
});
