// An instrument awaiting ratification (issue #11, agreements): signed, not in force, even when an earlier mention
// ("reviewed the implementation of ...") read as in force; the acronym alone names it again in a later sentence.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.title, a.status]);

describe("instruments awaiting ratification", () => {
  it("the acronym names it again and the next sentence's 'The pact is awaiting ratification' makes it signed", () => {
    const doc = run(
      "Minister Ana Ruiz reviewed the implementation of the Comprehensive Economic Partnership Agreement (CEPA). The Freedonia-Peru CEPA was signed in Lima in May 2025. The pact is awaiting ratification by the Freedonian parliament.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["Comprehensive Economic Partnership Agreement", "signed"]]);
  });

  it("'which has yet to enter into force' after a reviewed instrument", () => {
    const doc = run("Minister Ana Ruiz reviewed the implementation of the Fisheries Partnership Agreement, which has yet to enter into force.", "2026-08-14");
    expect(rows(doc)).toEqual([["Fisheries Partnership Agreement", "signed"]]);
  });

  it("a ratified instrument stays in force, and a pending one told of another instrument does not change it", () => {
    const doc = run(
      "Minister Ana Ruiz reviewed the implementation of the Fisheries Partnership Agreement (FPA). The FPA has been ratified by both parliaments, while the Investment Protection Agreement is awaiting ratification.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([
      ["Fisheries Partnership Agreement", "in_force"],
      ["Investment Protection Agreement", "signed"],
    ]);
  });
});
