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

describe("a singular possessive inside a title's field, before the name", () => {
  // (The stored title and organisation read the title's text: a possessive there once cut everything before it off, as a
  // country's possessive is cut.)
  const doc = run(
    "Cambodia's Minister of Children's Affairs Chea Sophara met Thai Minister of Social Development Varawut Silpa-archa in Bangkok on Tuesday. The Minister of Children's Affairs invited Varawut to Phnom Penh.",
    "2026-03-12",
  );

  it("keeps the whole title and the ministry it names", () => {
    expect(official(doc, "Chea Sophara")?.title).toBe("Minister of Children's Affairs");
    expect(official(doc, "Chea Sophara")?.organization).toBe("Ministry of Children's Affairs");
  });

  it("still leaves a country's possessive before the office out of the title, and gives its country", () => {
    expect(official(doc, "Chea Sophara")?.country).toBe("KH");
  });
});

