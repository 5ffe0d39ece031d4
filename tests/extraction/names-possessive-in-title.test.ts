// A plural noun's possessive inside a title's field (issue #11, names): "The Adviser for the Ministry of Expatriates'
// Welfare and Overseas Employment, Dr X," keeps its whole title, so "the Adviser" later refers to X.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a possessive inside a title", () => {
  const doc = run(
    "The Adviser for the Ministry of Veterans' Welfare and Overseas Employment, Dr Rafiq Hasan, met Qatar's Labour Minister Ali Al Marri in Doha on Monday. On Tuesday, the Adviser called on the Interior Minister of Qatar, Khalifa Al Thani, at his office.",
    "2026-03-12",
  );

  it("is part of the title", () => {
    expect(official(doc, "Rafiq Hasan")?.title).toBe("Adviser for the Ministry of Veterans' Welfare and Overseas Employment");
  });

  it("so the bare office refers back to its holder", () => {
    expect(doc.meetings.find((m) => m.participants.includes("Khalifa Al Thani"))?.participants).toContain("Rafiq Hasan");
  });
});
