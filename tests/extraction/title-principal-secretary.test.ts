// "Principal" is a word of titles (issue #11, names; batch46-guided): a Principal Secretary (Kenya's permanent heads of
// ministries, India's Principal Secretary to the Prime Minister) named before an apposition of his post is an official.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a Principal Secretary in apposition", () => {
  const doc = run("Trade Minister Ali Rashid met Kenyan Cabinet Secretary Lee Kamau in Dubai on Tuesday. Grace Wanjiru, Principal Secretary for Trade, took part in the meeting.", "2026-02-10");

  it("is an official with that title", () => {
    expect(official(doc, "Grace Wanjiru")?.title).toBe("Principal Secretary for Trade");
  });

  it("while 'principal' in lower case is no title", () => {
    const other = run("Trade Minister Ali Rashid said the principal aim of the visit was trade.", "2026-02-10");
    expect(other.officials.map((o) => o.title)).toEqual(["Trade Minister"]);
  });
});
