// A title may name a place no gazetteer lists (issue #11, titles): a region's qualifier before a known country ("the
// Governor of Lower Austria, X,") or a city after the "in" of a consul's or ambassador's title ("the Consul General of
// Japan in Düsseldorf, X,"). The walk stopped at the unknown word and the person set off after the comma was lost.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("places in a title that no gazetteer lists", () => {
  it("'the Governor of Lower Austria, X,'", () => {
    const doc = run("On Thursday, Mayor Peter Haller met the Governor of Lower Austria, Johanna Brenner, in Vienna.", "2026-03-06");
    expect(official(doc, "Johanna Brenner")?.title).toBe("Governor of Lower Austria");
    expect(official(doc, "Johanna Brenner")?.country).toBe("AT");
  });

  it("'the Consul General of Japan in Düsseldorf, X,'", () => {
    const doc = run(
      "Minister-President Karl Wendt held talks with Japan's trade minister on Thursday, and the Consul General of Japan in Düsseldorf, Kenji Morita, also took part in the meeting.",
      "2026-03-06",
    );
    expect(official(doc, "Kenji Morita")?.title).toBe("Consul General of Japan in Düsseldorf");
    expect(official(doc, "Kenji Morita")?.country).toBe("JP");
  });

  it("a word after 'in' that no title stands before is no title: 'talks in Düsseldorf, X said'", () => {
    const doc = run("After the talks in Düsseldorf, Minister-President Karl Wendt said the plant would open in May.", "2026-03-06");
    expect(official(doc, "Karl Wendt")?.title).toBe("Minister-President");
  });
});
