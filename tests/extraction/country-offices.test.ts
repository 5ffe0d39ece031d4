// Countries that no demonym gives (issue #11, countries): an official long-form name after the person, the country a
// signatory signs for, offices that only one country names so, and a style of one country's honours.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a country's official long name after the person", () => {
  it("'President X of the Federative Republic of Brazil' is Brazilian, in a report from the host's side", () => {
    const doc = run(
      "ABUJA – President Bola Tinubu on Monday welcomed His Excellency, President Luiz Inácio Lula da Silva of the Federative Republic of Brazil, at the State House. Nigeria and Brazil agreed to expand trade. Nigeria will host the next round.",
      "2026-03-09",
    );
    expect(official(doc, "Luiz Inácio Lula da Silva")?.country).toBe("BR");
    expect(official(doc, "Bola Tinubu")?.country).toBe("NG");
  });

  it("'Foreign Minister X of the Kingdom of Thailand' and 'of the Hellenic Republic'", () => {
    const doc = run("Foreign Minister Anan Wong of the Kingdom of Thailand met Foreign Minister Nikos Petrou of the Hellenic Republic in Geneva on Monday.", "2026-03-09");
    expect(official(doc, "Anan Wong")?.country).toBe("TH");
    expect(official(doc, "Nikos Petrou")?.country).toBe("GR");
  });
});

describe("a signatory signs for a country", () => {
  it("two ministers with the same title, each 'signed for' his own country", () => {
    const doc = run(
      "President Ruth Okafor received President Tomas Ribeiro of Portugal in Accra on Monday. Ghana and Portugal signed an agreement on air services. The Minister of Foreign Affairs, Ama Mensah, signed for Ghana, while Minister of Foreign Affairs Paulo Santos signed for Portugal.",
      "2026-03-09",
    );
    expect(official(doc, "Ama Mensah")?.country).toBe("GH");
    expect(official(doc, "Paulo Santos")?.country).toBe("PT");
  });

  it("'signed the accord on behalf of Kenya'", () => {
    const doc = run("Trade Minister Daniel Kiptoo signed on behalf of Kenya and Trade Minister Lars Berg signed on behalf of Norway in Oslo on Monday.", "2026-03-09");
    expect(official(doc, "Daniel Kiptoo")?.country).toBe("KE");
    expect(official(doc, "Lars Berg")?.country).toBe("NO");
  });
});

describe("offices that only one country names so", () => {
  it("'Secretary of State' and 'Secretary of War' in a White House readout are American; 'Secretary of Foreign Affairs' Filipino", () => {
    const doc = run(
      "President Donald J. Trump met today with President Ferdinand R. Marcos Jr. of the Philippines at the White House. The President was joined by Secretary of State Marco Rubio and Secretary of War Pete Hegseth. President Marcos was accompanied by Secretary of Foreign Affairs Theresa Lazaro. The United States and the Philippines are allies.",
      "2026-06-18",
    );
    expect(official(doc, "Marco Rubio")?.country).toBe("US");
    expect(official(doc, "Pete Hegseth")?.country).toBe("US");
    expect(official(doc, "Theresa Lazaro")?.country).toBe("PH");
  });

  it("the office says its country only where the report names that country", () => {
    const doc = run(
      "VATICAN CITY – Pope Leo XIV received President Joseph Aoun of Lebanon on Monday. The President then met Cardinal Pietro Parolin, Secretary of State. The Holy See and Lebanon discussed the situation in the south.",
      "2026-03-09",
    );
    expect(official(doc, "Pietro Parolin")?.country).not.toBe("US");
  });
});

describe("a style of one country's honours", () => {
  it("'Prime Minister Shri X' is Indian, whichever country the sentence names", () => {
    const doc = run(
      "CAIRO – External Affairs Minister Ravi Menon called on President Adel Fahmy, President of the Arab Republic of Egypt, and conveyed the greetings of Prime Minister Shri Narendra Modi. India and Egypt agreed to deepen ties.",
      "2026-03-09",
    );
    expect(official(doc, "Narendra Modi")?.country).toBe("IN");
  });
});
