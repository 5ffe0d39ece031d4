// An instrument's party read after "with" (issue #11, agreements): "met virtually with Mr. Wang Wentao ... to review the
// ratification of the Protocol" names a person, so the form of address is no party of the Protocol.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a form of address after 'with'", () => {
  const doc = run(
    "The Secretary-General also met virtually with Mr. Li Chenggang, Vice Minister of Commerce of China, on 14 September to review the ratification of the Digital Trade Protocol, signed last year. He later signed several documents with the MoIT.",
    "2026-09-16",
  );

  it("is no party", () => {
    const protocol = doc.agreements.find((a) => a.title.includes("Digital Trade Protocol"));
    expect(protocol).toBeDefined();
    expect(protocol?.parties).not.toContain("Mr");
  });
});

// A known country or body after "with" is taken whole; an unknown name of several words is not cut to its first word.
describe("a name of several words after 'with'", () => {
  const doc = run(
    "The Foreign Minister held a meeting on Tuesday in Washington with the United States Trade Representative, Jamie Green, to review the Agreement on Reciprocal Trade that both countries signed in February. The minister then met with Northwind Logistics Group to discuss the Port Services Agreement.",
    "2026-09-16",
  );

  it("is the known country, whole", () => {
    const trade = doc.agreements.find((a) => a.title.includes("Reciprocal Trade"));
    expect(trade?.parties).toEqual(["United States"]);
  });

  it("is not an unknown name's first word", () => {
    const port = doc.agreements.find((a) => a.title.includes("Port Services"));
    expect(port).toBeDefined();
    expect(port?.parties).not.toContain("Northwind");
  });
});
