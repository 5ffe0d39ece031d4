// Name shapes of some outlets: glued and dotted initials, abbreviated given names, and styles by culture
// that are not part of the name (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

const host = "Hanoi (VNA) – Prime Minister Pham Minh Chinh received";

describe("initials and abbreviated given names stay in the name", () => {
  it.each([
    ["Mongolian Speaker of the State Great Khural D.Amarbayasgalan", "D.Amarbayasgalan"],
    ["Mongolian Deputy Prime Minister S.Amarsaikhan", "S.Amarsaikhan"],
    ["Nepali Foreign Minister A.K. Rana Magar", "A.K. Rana Magar"],
    ["Philippine Trade Secretary Ma. Cristina Roque", "Ma. Cristina Roque"],
    ["Bangladeshi Commerce Adviser Md. Bashir Uddin", "Md. Bashir Uddin"],
    // A Mongolian patronymic initial spelled with two Latin letters ("Ц." → "Ts.", "Ч." → "Ch.").
    ["Mongolian Deputy Foreign Minister Ts. Oyunbold", "Ts. Oyunbold"],
    ["Mongolian Minister of Energy Ch. Khurelbaatar", "Ch. Khurelbaatar"],
    // A monarch's title right after an office is a given name: no minister is an emir.
    ["Bangladeshi Planning Minister Amir Hossain Talukder", "Amir Hossain Talukder"],
    ["Kuwaiti Health Minister Emir Rashid Al-Fadhli", "Emir Rashid Al-Fadhli"],
  ])("%s", (phrase, name) => {
    const doc = run(`${host} ${phrase} in Hanoi on May 3. The two sides discussed trade.`);
    expect(names(doc)).toContain(name);
    expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Pham Minh Chinh", name]));
  });

  it("an abbreviated given name does not end the sentence", () => {
    const doc = run(`${host} Ma. Cristina Roque, Philippine Secretary of Trade, in Hanoi on May 3.`);
    expect(names(doc)).not.toContain("Ma");
  });

  it("a two-letter Mongolian initial before the name ending a sentence stays in the name", () => {
    const doc = run(`${host} a Mongolian delegation in Hanoi on May 3. Also present was the Ambassador of Mongolia to Vietnam, Sh. Tsolmon.`);
    expect(names(doc)).toContain("Sh. Tsolmon");
    expect(names(doc)).not.toContain("Sh");
  });
});

describe("styles by culture are not names", () => {
  it.each([
    ["South African Minister of Justice Advocate Mmamoloko Kubayi", "Mmamoloko Kubayi"],
    ["Zimbabwean Vice President Cde Constantino Chiwenga", "Constantino Chiwenga"],
    ["Bhutanese Home Minister Lyonpo Tshering Wangchuk", "Tshering Wangchuk"],
    ["Bhutanese Cabinet Secretary Dasho Kesang Deki", "Kesang Deki"],
    ["Philippine Justice Secretary Atty. Jesus Crispin Remulla", "Jesus Crispin Remulla"],
    ["Nigerian Trade Minister Alhaji Bashir Ojulari", "Bashir Ojulari"],
  ])("%s", (phrase, name) => {
    const doc = run(`${host} ${phrase} in Hanoi on May 3.`);
    expect(names(doc)).toContain(name);
    expect(names(doc).some((n) => /^(?:Advocate|Cde|Lyonpo|Dasho|Atty|Alhaji)\b/.test(n))).toBe(false);
  });

  it("a common word right after a style is a given name", () => {
    const doc = run(`${host} Botswana's Vice President Advocate Grace Ndlovu Mokgethi in Hanoi on May 3.`);
    expect(official(doc, "Grace Ndlovu Mokgethi")?.country).toBe("BW");
  });
});

describe("titles with a bracketed portfolio, and bylines", () => {
  it.each([
    ["British Minister of State (Indo-Pacific) Seema Malhotra", "Seema Malhotra", "GB"],
    ["India's Minister of State (Independent Charge), Jitendra Singh,", "Jitendra Singh", "IN"],
  ])("%s", (phrase, name, country) => {
    const doc = run(`${host} ${phrase} in Hanoi on May 3.`);
    expect(official(doc, name)?.country).toBe(country);
    expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Pham Minh Chinh", name]));
  });

  it("a byline's job title is not a person", () => {
    const doc = run(`Tran Thi Mai\nChief Diplomatic Correspondent\nHanoi (VNA) – Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi on May 3.`);
    expect(names(doc).some((n) => /Correspondent/.test(n))).toBe(false);
    expect(names(doc)).toEqual(expect.arrayContaining(["Pham Minh Chinh", "Sonexay Siphandone"]));
  });
});

describe("transcript speaker labels", () => {
  it("a name that opens a line before a colon is a person who speaks", () => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on May 3.\n\nLuong Cuong: Dear friends, welcome to Hanoi.\nSonexay Siphandone (through an interpreter): Thank you.`);
    expect(names(doc)).toContain("Luong Cuong");
  });

  it("a colon after a name inside a line is no label", () => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi on May 3. Related: Marcus Webber: a profile.`);
    expect(names(doc)).not.toContain("Marcus Webber");
  });
});

describe("page counters are no speakers", () => {
  it("a spaced colon before a number is no label", () => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh received Lao Prime Minister Sonexay Siphandone in Hanoi on May 3.\nPage Visits : 2210\n`);
    expect(names(doc)).not.toContain("Page Visits");
  });
});

describe("a name with no title, whose family name later acts alone", () => {
  it("is a person", () => {
    const doc = run(`Lima (Andina) – Wednesday's meeting between Gustavo Petro and Dina Boluarte in Lima ended a long dispute. Petro proposed a joint border commission, and Boluarte asked for a customs deal.`);
    expect(names(doc)).toEqual(expect.arrayContaining(["Gustavo Petro", "Dina Boluarte"]));
  });

  it("a family name that never acts alone does not make one", () => {
    const doc = run(`Lima (Andina) – Prime Minister Pham Minh Chinh said the Maria Elena Foundation had grown.`);
    expect(names(doc)).not.toContain("Maria Elena Foundation");
  });
});

describe("autonomous regions name their country", () => {
  it.each([
    ["Zanzibar President Hussein Ali Mwinyi", "Hussein Ali Mwinyi", "TZ"],
    ["President of the Autonomous Region of Bougainville Ishmael Toroama", "Ishmael Toroama", "PG"],
    ["Chairman of the Supreme Assembly of Nakhchivan Fuad Najafli", "Fuad Najafli", "AZ"],
  ])("%s", (phrase, name, country) => {
    const doc = run(`Doha (QNA) – Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani received ${phrase} in Doha on May 3.`);
    expect(official(doc, name)?.country).toBe(country);
  });
});

describe("a summit in a third country", () => {
  it("the venue is not the country of a bare official; the one country no official holds is", () => {
    const doc = run(`NAIROBI – President Hakainde Hichilema on Saturday held talks with Ugandan President Yoweri Museveni on the sidelines of the COMESA Summit in the Kenyan capital. The two leaders discussed trade between Zambia and Uganda.`);
    expect(official(doc, "Hakainde Hichilema")?.country).toBe("ZM");
    expect(official(doc, "Yoweri Museveni")?.country).toBe("UG");
  });
});
