// Headlines in title case below the page's chrome (issue #11, page furniture; batch44-guided). A masthead with its
// tagline over the menu ("VOI - Waktunya Merevolusi Pemberitaan") reads like a dateline but is chrome; a headline with
// every word capitalised, over its byline or time stamp, is the headline, so its capitalised words are no one's name
// ("To Ease Visas": "To" is a Vietnamese family name).
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/reader.ts";
import { extract } from "../../src/extraction/index.ts";

const page = [
  " date 2026-02-10",
  "KBN - Kabar Berita Nusantara",
  "Home | News | Economy | Technology | Sports",
  "News",
  "Minister Asks Japan To Ease Visas For Indonesian Nurses At Tokyo Meeting",
  "Editor: Dewi Lestari",
  "February 10, 2026 15:32",
  "",
  "JAKARTA - Foreign Minister Sutrisno received Japanese Foreign Minister Kenji Sato in Jakarta on Tuesday.",
  "",
].join("\n");

describe("a title-case headline below a masthead's tagline and the menu", () => {
  it("is the headline", () => {
    expect(readDocument(page).title).toBe("Minister Asks Japan To Ease Visas For Indonesian Nurses At Tokyo Meeting");
  });

  it("names no one by its capitals", () => {
    expect(extract(page, { source: "t.txt" }).officials.map((o) => o.name).sort()).toEqual(["Kenji Sato", "Sutrisno"]);
  });
});

describe("a line of other scripts' words", () => {
  it("is no title-case headline", () => {
    const read = readDocument(
      " date 2026-02-10\nUN News\nHome | Topics | Regions\nالعربية 中文 Français Русский Español Kiswahili Português\nGuterres urges 'courage and compromise' as talks enter final stretch\nBy Staff\n\nSecretary-General Ana Lopes spoke on Tuesday.\n",
    );
    expect(read.title).toBe("Guterres urges 'courage and compromise' as talks enter final stretch");
  });
});
