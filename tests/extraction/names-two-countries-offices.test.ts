// Offices of two countries joined by "and" before a name are two people's (issue #11, names and countries): in "the
// Sultan and Yang Di-Pertuan of Brunei Darussalam and President of the Socialist Republic of Viet Nam Luong Cuong" the
// name holds the last office, and so its country. The Spanish "Canciller" is a title word.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("two countries' offices joined by 'and'", () => {
  it("the name takes the last office and its country", () => {
    const doc = run(
      "His Majesty Sultan Haji Omar Ali, the Sultan and Yang Di-Pertuan of Brunei Darussalam and President of the Socialist Republic of Viet Nam Tran Van Nam at the palace. The two leaders held talks on Wednesday.",
      "2026-03-12",
    );
    expect(official(doc, "Tran Van Nam")).toMatchObject({ title: "President of the Socialist Republic of Viet Nam", country: "VN" });
  });

  it("one person's two offices of one country stay one title", () => {
    const doc = run("Deputy Prime Minister of Viet Nam and Minister of Foreign Affairs of Viet Nam Tran Van Nam met the press on Wednesday.", "2026-03-12");
    expect(official(doc, "Tran Van Nam")?.title).toBe("Deputy Prime Minister of Viet Nam and Minister of Foreign Affairs of Viet Nam");
  });

  it("'Canciller X' in a Spanish-language link is a title before a name", () => {
    const doc = run("Foreign Minister Rosa Villa met her Panamanian counterpart on Monday. Canciller Villa said the border would stay open.", "2026-03-12");
    expect(doc.officials.map((o) => o.name)).not.toContain("Canciller Villa");
  });
});
