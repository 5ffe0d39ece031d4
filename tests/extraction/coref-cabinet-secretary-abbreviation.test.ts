// Kenya's abbreviated office (issue #11, coreference): "the CS", "the Prime CS" as a subject is the holder of the Cabinet
// Secretary's office the report named, as "the FM" is the foreign minister's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("CS for Cabinet Secretary", () => {
  const doc = run(
    "Ambassador Kim Min-soo paid a courtesy call on Cabinet Secretary for Trade and Industry Lee Kinyanjui in Nairobi on Monday. The CS requested Korea's support for the Athi River industrial park.",
    "2026-03-10",
  );

  it("refers to the Cabinet Secretary named", () => {
    expect(doc.proposals.find((p) => p.text.includes("industrial park"))?.speaker).toBe("Lee Kinyanjui");
  });
});
