// "Lai, according to the Office of the President in Taipei, urged ...": the source a report is attributed to, set off by
// commas between the subject and the act, is not the speaker, even when it names an office (issue #11, proposals).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("', according to X,' between the subject and the act", () => {
  it("the subject before the attribution speaks", () => {
    const doc = run(
      "President Ana Rojas held talks on Wednesday in Taipei with her Taiwanese counterpart, Lai Ming. Rojas requested support for a new port. Lai, according to the Office of the President in Taipei, urged Guatemala to use the free trade agreement, and invited Guatemalan companies to a food show.",
      "2026-03-12",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Ana Rojas", "request"],
      ["Lai Ming", "call"],
      ["Lai Ming", "invitation"],
    ]);
  });
});
