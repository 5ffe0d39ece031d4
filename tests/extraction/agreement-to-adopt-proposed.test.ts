// "to adopt" as "to sign" (issue #11, agreements): a declaration "which leaders are expected to adopt on Thursday" is
// still to come, proposed; one "adopted" is signed.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a declaration still to be adopted", () => {
  const doc = run(
    "The Secretary-General briefed the President on the preparations for the summit's Nairobi Declaration, which leaders are expected to adopt on Friday. Ministers adopted the Mombasa Declaration on Ocean Governance on Monday.",
    "2026-09-16",
  );

  it("is proposed, the adopted one signed", () => {
    expect(doc.agreements.find((a) => a.title === "Nairobi Declaration")?.status).toBe("proposed");
    expect(doc.agreements.find((a) => a.title.startsWith("Mombasa Declaration"))?.status).toBe("signed");
  });
});
