// Countries named only as the venue of an event or a greeting's addressee are no side of the report (issue #11).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the venue of a planned gathering", () => {
  it("is nobody's home: the bare officials stay with the report's own country", () => {
    const doc = run(
      [
        "President of Moldova Ion Rusu met Prime Minister of Georgia Levan Beridze in Chisinau on Monday.",
        "The Minister of Foreign Affairs, Elena Cojocaru, also took part in the meeting.",
        "Moldova, Georgia and Türkiye signed a transport memorandum in 2024.",
        "The two leaders will meet again at the Eastern Partnership Summit in Ankara in July.",
      ].join(" "),
    );
    expect(official(doc, "Elena Cojocaru")?.country).not.toBe("TR");
  });
});
