// Where an official's country comes from when the words around the name disagree (issue #11, batch22's first run):
// structural evidence (a title naming a country, a demonym opening the person's own title, "X's chief of staff", the
// subject of a coordinated verb) beats the nearest country word.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a title word that is also a country's foreign spelling", () => {
  it("'Minister for Pacific Island Affairs X' names no Iceland", () => {
    const doc = run(
      "Prime Minister Jane Holloway and her Samoan counterpart Tavita Leaupepe held talks in Canberra on Monday. " +
        "Minister for Pacific Island Affairs Tom Brannigan also joined the talks. Samoa asked Australia to fund a new wharf.",
      "2026-03-10",
    );
    expect(official(doc, "Tom Brannigan")?.country).not.toBe("IS");
  });
});

describe("the messenger of a verb joined by 'and' is the clause's subject", () => {
  it("'A later called on B at his office and conveyed an invitation from President C'", () => {
    const doc = run(
      "Foreign Minister Lena Kovacs and her Kenyan counterpart Daniel Otieno held talks in Nairobi on Monday, saying the deal could be signed during Kenyan President William Mwangi's visit in June. " +
        "Kovacs later called on Mwangi at State House and conveyed an invitation from President Marek Horvath to attend a summit in Budapest. " +
        "Hungary asked Kenya to open its market to Hungarian wheat.",
      "2026-03-10",
    );
    expect(official(doc, "Marek Horvath")?.country).toBe("HU");
  });
});

describe("a demonym that is also a Vietnamese name word, inside a Vietnamese name", () => {
  it("'Vietnamese Ambassador to Indonesia Tran Thai Son and Foreign Ministry Director-General X also joined'", () => {
    const doc = run(
      "Foreign Minister Sari Wulandari met Vietnamese Deputy Foreign Minister Pham Quang Hieu in Jakarta on Tuesday. " +
        "Vietnamese Ambassador to Indonesia Tran Thai Son and Foreign Ministry Director-General Budi Santoso also joined the meeting.",
      "2026-03-10",
    );
    expect(official(doc, "Tran Thai Son")?.country).toBe("VN");
    expect(official(doc, "Budi Santoso")?.country).toBe("ID");
  });

  it("'Ambassador to Indonesia Vu Thai Binh' (Thai Binh, a province)", () => {
    const doc = run(
      "Foreign Minister Sari Wulandari met Vietnamese Deputy Foreign Minister Pham Quang Hieu in Jakarta on Tuesday. " +
        "Vietnamese Ambassador to Indonesia Vu Thai Binh and Foreign Ministry Director-General Budi Santoso also joined the meeting.",
      "2026-03-10",
    );
    expect(official(doc, "Vu Thai Binh")?.country).toBe("VN");
    expect(official(doc, "Budi Santoso")?.country).toBe("ID");
    expect(official(doc, "Budi Santoso")?.title).toBe("Foreign Ministry Director-General");
  });
});
