// An instrument others are asked to join (issue #11, agreements): "urged Seoul to consider joining the Comprehensive and
// Progressive Agreement for Trans-Pacific Partnership", "its accession to the Convention": what one joins exists and is
// in force, though the act is only proposed.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("joining an instrument", () => {
  const doc = run(
    "Prime Minister Christopher Luxon urged Manila to consider joining the Digital Economy Partnership Agreement (DEPA). President Marcos asked New Zealand to support the Philippines' accession to the Hague Apostille Convention.",
    "2026-09-16",
  );

  it("is in force", () => {
    expect(doc.agreements.find((a) => a.title.includes("Digital Economy Partnership Agreement"))?.status).toBe("in_force");
    expect(doc.agreements.find((a) => a.title.includes("Apostille Convention"))?.status).toBe("in_force");
  });
});
