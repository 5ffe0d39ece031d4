// A footer line of links set apart by a pipe ("Ask Me Anything | Subscribe to our Newsletter") is page furniture: its
// "Ask" is no request (issue #11, page furniture; batch49-guided).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

describe("a footer of links set apart by a pipe", () => {
  it("tells no act", () => {
    const doc = extract(
      " date 2026-10-07\nEbrard meets Kyle\n\nEconomy Minister Marcelo Ebrard met British Business Secretary Peter Kyle in Mexico City on Tuesday.\n\nAsk Me Anything | Subscribe to our Newsletter\n",
      { source: "t" },
    );
    expect(doc.proposals).toEqual([]);
  });

  it("a sentence with a pipe in it stays content", () => {
    const doc = extract(
      " date 2026-10-07\nEbrard meets Kyle\n\nEconomy Minister Marcelo Ebrard | the minister in charge of trade | asked British Business Secretary Peter Kyle to reopen the talks.\n",
      { source: "t" },
    );
    expect(doc.proposals).toHaveLength(1);
  });
});
