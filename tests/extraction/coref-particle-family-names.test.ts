// "Foreign Minister Hugo de Zela Martínez ... De Zela invited ...": a first family name after its particle, before a
// second one, is a short form of the name ("de Zela"); and a reception whose host was at no part of the meeting of two
// told that day ("Later, A was received by President C, with the participation of B") stays an encounter of its own.
// (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const doc = (body: string) => extract(` date 2026-04-22 Minister visits Lima\n\n${body}\n`, { source: "t.txt" });

describe("a particle's family name", () => {
  it("is a short form of the name", () => {
    const d = doc("On Tuesday, Indian minister Piyush Goyal met with Foreign Minister Hugo de Zela Martínez in Lima. De Zela invited Indian pharmaceutical companies to set up production plants in Peru.");
    expect(d.proposals.map((p) => p.speaker)).toEqual(["Hugo de Zela Martínez"]);
  });

  it("keeps a reception by a host absent from the meeting apart from it", () => {
    const d = doc(
      "On Tuesday, Indian minister Piyush Goyal met with Foreign Minister Hugo de Zela Martínez in Lima. Later, the Indian minister was received by President José Jerí at the Government Palace, with the participation of de Zela and the Indian ambassador, Vishvas Sapkal.",
    );
    expect(d.meetings.map((m) => m.participants.slice().sort().join(" + "))).toEqual(["Hugo de Zela Martínez + Piyush Goyal", "Hugo de Zela Martínez + José Jerí + Piyush Goyal + Vishvas Sapkal"]);
  });
});
