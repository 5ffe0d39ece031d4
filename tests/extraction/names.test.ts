import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("officials", () => {
  it("finds Vietnamese names with and without diacritics and merges them", () => {
    const doc = run("Prime Minister Phạm Minh Chính met the press. Later, Prime Minister Pham Minh Chinh left. Chinh said so.");
    expect(names(doc)).toEqual(["Phạm Minh Chính"]);
    expect(official(doc, "Phạm Minh Chính")).toMatchObject({ country: "VN", title: "Prime Minister" });
  });

  it("finds names inside titles and takes the country from the demonym, not from 'Ambassador to'", () => {
    const doc = run("Vietnamese Minister of Industry and Trade Nguyen Hong Dien received RoK Ambassador to Vietnam Oh Yong-ju in Hanoi on June 13.");
    expect(official(doc, "Nguyen Hong Dien")).toMatchObject({ country: "VN", title: "Minister of Industry and Trade", organization: "Ministry of Industry and Trade" });
    expect(official(doc, "Oh Yong-ju")).toMatchObject({ country: "KR", title: "Ambassador to Vietnam" });
  });

  it("reads appositions and counterparts", () => {
    const doc = run(
      "Deputy Prime Minister Le Minh Khai told his Korean counterpart Choo Kyung-ho, Deputy Prime Minister and Minister of Economy and Finance, that ties were strong. Cambodian Deputy PM Sun Chanthol also spoke.",
    );
    expect(official(doc, "Choo Kyung-ho")).toMatchObject({ country: "KR", title: "Deputy Prime Minister and Minister of Economy and Finance" });
    expect(official(doc, "Sun Chanthol")?.country).toBe("KH");
  });

  it("handles Japanese names in either order, Lao and Chinese names, and Western names with initials", () => {
    const doc = run(
      "Japanese Prime Minister Kishida Fumio met JICA President Akihiko Tanaka. Lao Prime Minister Sonexay Siphandone and Chinese Premier Li Qiang attended, as did US Ambassador Marc E. Knapper.",
    );
    expect(official(doc, "Kishida Fumio")?.country).toBe("JP");
    expect(official(doc, "Akihiko Tanaka")?.country).toBe("JP");
    expect(official(doc, "Sonexay Siphandone")?.country).toBe("LA");
    expect(official(doc, "Li Qiang")?.country).toBe("CN");
    expect(official(doc, "Marc E. Knapper")?.country).toBe("US");
  });

  it("lists every member of a delegation with the delegation's country", () => {
    const doc = run(
      "Chancellor Olaf Scholz arrived. His delegation includes Secretary of State Steffen Hebestreit, German Ambassador to Vietnam Guido Hildner, and his economic policy adviser Steffen Meyer.",
    );
    expect(names(doc)).toEqual(["Olaf Scholz", "Steffen Hebestreit", "Guido Hildner", "Steffen Meyer"]);
    expect(doc.officials.slice(1).every((o) => o.country === "DE")).toBe(true);
    expect(official(doc, "Steffen Meyer")?.title).toBe("economic policy adviser");
  });

  it("does not take places, organisations or document titles for people", () => {
    const doc = run(
      "The workshop was held at the Nam Phao-Cau Treo border crossing. The MoU on the Vietnam-Korea Center for Essential Mineral Supply was discussed in Ho Chi Minh City by the Korea Customs Service.",
    );
    expect(names(doc)).toEqual([]);
  });

  it("reads 'U.S.' as a country, 'To Lam' as a name and a one-word name after a personal title", () => {
    const doc = run("U.S. Ambassador Marc E. Knapper met President To Lam. Chinh also met Japanese Emperor Naruhito. He thanked the Japan-Vietnam Friendship Parliamentary Alliance.");
    expect(official(doc, "Marc E. Knapper")).toMatchObject({ country: "US", title: "Ambassador" });
    expect(official(doc, "To Lam")?.country).toBe("VN");
    expect(official(doc, "Naruhito")).toMatchObject({ country: "JP", title: "Emperor" });
    expect(names(doc)).not.toContain("Alliance");
  });

  it("gives a three-syllable Vietnamese name its country even next to a foreign demonym", () => {
    const doc = run("Deputy Foreign Minister Ha Kim Ngoc met with Chinese Ambassador to Vietnam Xiong Bo in Hanoi.");
    expect(official(doc, "Ha Kim Ngoc")?.country).toBe("VN");
    expect(official(doc, "Xiong Bo")?.country).toBe("CN");
  });

  it("keeps places and companies named like people out, and names that contain a place in", () => {
    const doc = run("Deputy Prime Minister Nguyen Hoa Binh visited Truong Hai Auto Corporation in Ha Tinh province, then flew to Ha Long.");
    expect(names(doc)).toEqual(["Nguyen Hoa Binh"]);
  });

  it("takes people who speak ('X said', 'said X', 'according to X') without a title", () => {
    const doc = run("Halimah Yacob said Singapore values ties. The ties are strong, said Olaf Scholz. According to Kim Tae-ho, trade grew. The Korea Trade Center said exports rose.");
    expect(names(doc)).toEqual(["Halimah Yacob", "Olaf Scholz", "Kim Tae-ho"]);
  });

  it("gives officials with no other clue the dateline's country when the reporter is abroad", () => {
    const doc = run("Tokyo (VNA) – National Assembly Chairman Vuong Dinh Hue paid a courtesy call to Emperor Naruhito on November 21. Hue thanked the Emperor.", "2023-11-22");
    expect(official(doc, "Naruhito")?.country).toBe("JP");
    const home = run("Hanoi (VNA) – National Assembly Chairman Vuong Dinh Hue received Ambassador Guido Hildner. Hue thanked Hildner.", "2023-11-22");
    expect(official(home, "Guido Hildner")?.country).toBeNull();
  });

  it("reads coordinated names, name particles and shared demonyms", () => {
    const doc = run(
      "Vietnamese and Lao Prime Ministers Pham Minh Chinh and Sonexay Siphandone held talks in Hanoi on June 13. European Commission President Ursula von der Leyen and Malaysian Prime Minister Anwar bin Ibrahim attended.",
    );
    expect(doc.officials.map((o) => [o.name, o.country])).toEqual([
      ["Pham Minh Chinh", "VN"],
      ["Ursula von der Leyen", null],
      ["Anwar bin Ibrahim", "MY"],
      ["Sonexay Siphandone", "LA"],
    ]);
  });

  it("finds a Khmer name and a person named in passing", () => {
    const doc = run("Prime Minister Hun Manet of Cambodia thanked Vietnam, recalling the visit of late President Tran Dai Quang.");
    expect(official(doc, "Hun Manet")?.country).toBe("KH");
    expect(names(doc)).toContain("Tran Dai Quang");
  });
});

describe("a name after 'told' (issue #11)", () => {
  it("a newspaper told something is no person", () => {
    const doc = run("Foreign Minister Omar Haddad met Lebanese Foreign Minister Nabil Rizk in Riyadh on Wednesday. A source told Okaz Al-Yawm that Haddad proposed a joint committee.");
    expect(names(doc)).not.toContain("Okaz Al-Yawm");
  });
});
