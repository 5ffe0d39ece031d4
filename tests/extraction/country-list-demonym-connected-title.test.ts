// A demonym opening the next title of a list keeps to that title across its own connectors (issue #11, countries;
// batch46-guided): in "attended by Assistant Foreign Minister A and Kyrgyz Ambassador to Kuwait B", "Kyrgyz" is B's,
// and A, named in a Kuwaiti report, stays Kuwaiti. The members of one delegation still share its demonym.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a demonym opening a title with 'to' or 'of' in it", () => {
  const doc = run(
    "KUWAIT, Feb 10 (KUNA) -- Kuwait's Foreign Minister Ali Nasser received on Tuesday Kyrgyz Foreign Minister Azamat Beishenov. The meeting was attended by Assistant Foreign Minister Khalid Al-Saleh and Kyrgyz Ambassador to Kuwait Talant Osmonov.",
    "2026-02-10",
  );

  it("is that title's", () => {
    expect(official(doc, "Talant Osmonov")?.country).toBe("KG");
  });

  it("is not the name's before it", () => {
    expect(official(doc, "Khalid Al-Saleh")?.country).toBe("KW");
  });
});

describe("in a list of one delegation's members", () => {
  it("is everyone's", () => {
    const doc = run(
      "German Chancellor Karl Weber arrived in Hanoi on Monday for talks with Prime Minister Pham Minh Chinh. His delegation includes Government Spokesman Jonas Brandt, State Secretary Anna Vogel and German Ambassador to Vietnam Paul Keller.",
      "2026-02-10",
    );
    expect(official(doc, "Jonas Brandt")?.country).toBe("DE");
  });
});
