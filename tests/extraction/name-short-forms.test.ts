// Names the candidates missed or invented (issue #11, names): undotted initials before one name word, a one-word name
// after a title that ends in its field, and an institution after "head of the".
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("short and odd name forms", () => {
  it("undotted initials before one name word after a title ('Vice President JD Vance')", () => {
    const doc = run("Earlier in the day, Vice President TJ Walker hosted President Maria Lopez of Chile for a working breakfast.", "2026-06-18");
    expect(names(doc)).toContain("TJ Walker");
    expect(official(doc, "TJ Walker")?.title).toBe("Vice President");
  });

  it("a one-word name after a title ending in its field ('Minister of Foreign Affairs Sugiono')", () => {
    const doc = run("President Prabowo Subianto received Prime Minister Xanana Gusmão in Jakarta on Monday. Minister of Foreign Affairs Hartanto attended the talks.", "2026-09-28");
    expect(names(doc)).toContain("Hartanto");
    expect(official(doc, "Hartanto")?.title).toBe("Minister of Foreign Affairs");
  });

  it("an institution after 'head of the' is no person ('a former head of the Republican Guard')", () => {
    const doc = run("President Alain Mba, a former head of the Presidential Guard, met President Claire Dubois in Paris on Monday.", "2026-06-10");
    expect(names(doc)).not.toContain("Presidential Guard");
    expect(names(doc)).toContain("Alain Mba");
  });
});

describe("a bare full name opening the body under an office in the headline", () => {
  it("'Head of State holds talks ...' over 'Aibek Nurlanov held talks ...'", () => {
    const doc = run(
      "Aibek Nurlanov held talks with Prime Minister of the Slovak Republic Peter Novak, who is in Kazakhstan on an official visit. The Head of State welcomed the guest to Astana.",
      "2026-09-15",
      "Head of State holds talks with Prime Minister of Slovakia Peter Novak",
    );
    expect(names(doc)).toContain("Aibek Nurlanov");
  });

  it("with no office in the headline, a bare name before a verb stays unread", () => {
    const doc = run("Summit Holdings held talks with investors in Astana on Monday.", "2026-09-15", "Investors gather in Astana");
    expect(names(doc)).not.toContain("Summit Holdings");
  });
});

describe("a release's signature block", () => {
  it("a line with only a full name over a line with a title, after the body", () => {
    const doc = run(
      "President Bola Tinubu received President Luiz Inácio Lula da Silva of Brazil in Abuja on Tuesday.\n\nThe two leaders discussed trade and energy.\n\nThey agreed to meet again next year.\n\nAmaka Obi\nSpecial Adviser to the President\nOctober 21, 2026",
      "2026-10-21",
    );
    expect(names(doc)).toContain("Amaka Obi");
    expect(official(doc, "Amaka Obi")?.title).toBe("Special Adviser to the President");
  });

  it("a site menu line under a name is no signature", () => {
    const doc = run(
      "Chancellor Anna Weber received President Timur Aliyev in Berlin on Monday.\n\nThey discussed energy.\n\nThey agreed to meet again.\n\nDie Bundesregierung\nFederal Government  Chancellor  News  Service",
      "2026-10-21",
    );
    expect(names(doc)).not.toContain("Die Bundesregierung");
  });
});
