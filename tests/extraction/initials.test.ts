// Initials stay in a name (issue #11, names): "S. Jaishankar", "Retno LP Marsudi".
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

const host = "Hanoi (VNA) – Prime Minister Pham Minh Chinh received";

describe("initials", () => {
  it.each([
    ["Indian External Affairs Minister S. Jaishankar", "S. Jaishankar", "External Affairs Minister"],
    ["Indonesian Foreign Minister Retno LP Marsudi", "Retno LP Marsudi", "Foreign Minister"],
    ["US Ambassador Marc E. Knapper", "Marc E. Knapper", "Ambassador"],
  ])("%s", (phrase, name, title) => {
    const doc = run(`${host} ${phrase} in Hanoi on June 12.`);
    expect(official(doc, name)?.title).toBe(title);
    expect(doc.meetings.map((m) => [...m.participants].sort())).toEqual([[name, "Pham Minh Chinh"].sort()]);
  });

  it("two capitals before an organisation word are an acronym, not initials", () => {
    const doc = run(`${host} SK Group Chairman Chey Tae-won in Hanoi on June 12.`);
    expect(names(doc)).toContain("Chey Tae-won");
    expect(names(doc).some((n) => n.startsWith("SK"))).toBe(false);
  });
});
