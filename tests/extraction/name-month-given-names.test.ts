// "and Jan Larsson, CEO of Business Sweden", "the Ambassador of Sweden to India, Jan Thesleff,": a month's short form
// written without its full stop, before a name word and no number, is a given name; "Jan 2026" and "Jan 5" stay dates
// (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const run = (body: string) => extract(` date 2026-03-12 Invest India signs MoU\n\n${body}\n`, { source: "t.txt" });

describe("a month's short form before a name word", () => {
  it("is a given name", () => {
    const doc = run(
      "The MoU was signed by Nivruti Rai, Managing Director and CEO of Invest India, and Jan Larsson, CEO of Business Sweden. The Ambassador of Sweden to India, Jan Thesleff, also attended.",
    );
    expect(doc.officials.map((o) => o.name)).toEqual(expect.arrayContaining(["Jan Larsson", "Jan Thesleff"]));
  });

  it("stays a date before a number", () => {
    const doc = run("Minister Piyush Goyal met Minister Benjamin Dousa in New Delhi on Jan 5. Trade rose in Jan 2026.");
    expect(doc.meetings.map((m) => m.date)).toEqual(["2026-01-05"]);
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Benjamin Dousa", "Piyush Goyal"]);
  });
});

// "Mayor Jan van Zanen", "Foreign Minister Jan de Vries": a month's short form before a name's particle is a given
// name too, and dates nothing (found while probing batch49's Dutch report).
describe("a month's short form before a particle", () => {
  it("is a given name that dates nothing", () => {
    const doc = run("Mayor Jan van Zanen met Ambassador Tom Berg in The Hague on Tuesday. Foreign Minister Jan de Vries also attended.");
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Jan de Vries", "Jan van Zanen", "Tom Berg"]);
    expect(doc.meetings.map((m) => m.date)).toEqual(["2026-03-10"]);
  });
});
