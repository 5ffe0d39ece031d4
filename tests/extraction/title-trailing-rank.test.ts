// A diplomat's rank after his office is a style (issue #11, names; batch44-guided): "the Assistant Foreign Minister for
// European Affairs, Ambassador X" holds the office; "Ambassador" is how he is addressed, not a second office.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("', Ambassador' between an office and the name", () => {
  const doc = run(
    "Foreign Minister Karim Nasser received Greek Foreign Minister Giorgos Pappas in Cairo on Sunday, in the presence of the Assistant Foreign Minister for European Affairs, Ambassador Hany Saleh.",
    "2026-03-08",
  );

  it("is no part of the title", () => {
    expect(official(doc, "Hany Saleh")?.title).toBe("Assistant Foreign Minister for European Affairs");
  });

  it("while an ambassador's own title stays", () => {
    const other = run("President Ana Ruiz received the Ambassador of Japan, Kenji Sato, on Monday.", "2026-03-08");
    expect(official(other, "Kenji Sato")?.title).toMatch(/^Ambassador/);
  });
});
