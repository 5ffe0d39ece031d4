// The headline below a page's masthead (issue #11, reader): an outlet's name, its tagline, its menus and a section label
// above the headline are the page's chrome, so the document's title is the headline under them, not "ABC News".
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/index.ts";

// A release hard-wrapped at 70 columns, as agencies send them.
const wrapped = [
  "WASHINGTON, April 8 - A staff team of the Fund led by Ms. Ana Duarte held",
  "talks in Lima from March 25 to April 7 with the authorities of Peru and",
  "reached a staff-level agreement on a new arrangement under the facility",
  "that will support the country's programme of reforms over three years.",
];
const body = "Foreign Minister Ana Duarte held talks with her Chilean counterpart Luis Pardo in Lima on Tuesday.";

describe("a headline below the masthead", () => {
  it("is the title, past the masthead, the tagline, the menu and the section label", () => {
    const r = readDocument(
      [" date 2026-04-08", "The Daily Courier", "The nation's independent daily", "News | Business | Sport | Opinion", "Politics", "Peru, Chile agree to reopen border crossing and study rail link", "By Staff Reporter", "April 8, 2026", "", body].join("\n"),
    );
    expect(r.title).toBe("Peru, Chile agree to reopen border crossing and study rail link");
    const texts = r.sentences.map((s) => s.text);
    expect(texts).toContain(body);
    for (const chrome of ["The Daily Courier", "The nation's independent daily", "Politics", "Peru, Chile agree"]) expect(texts.some((t) => t.startsWith(chrome))).toBe(false);
    // The date stamp under the byline is furniture too.
    expect(texts.some((t) => t.startsWith("April 8"))).toBe(false);
  });

  it("is found under the menus when the first line is furniture itself", () => {
    const r = readDocument([" date 2026-04-08", "Subscribe | e-Paper | Login", "HOME   NEWS   BUSINESS   SPORTS   WORLD", "Peru, Chile sign maritime surveillance agreement", "By Ana Ruiz", "", body].join("\n"));
    expect(r.title).toBe("Peru, Chile sign maritime surveillance agreement");
  });

  it("goes on onto the next line where the page's width cut it", () => {
    const r = readDocument([" date 2026-04-08", "PRESS RELEASE NO. 26/231", "", "FOR IMMEDIATE RELEASE", "", "Fund Staff Reaches Staff-Level Agreement with Peru on a New Extended", "Credit Facility Arrangement", "", ...wrapped].join("\n"));
    expect(r.title).toBe("Fund Staff Reaches Staff-Level Agreement with Peru on a New Extended Credit Facility Arrangement");
  });

  it("goes on onto a wrapped line in lower case", () => {
    const r = readDocument([" date 2026-04-08", "PRESS RELEASE", "April 8, 2026", "", "Duarte, Chilean Foreign Minister Pardo agree to deepen", "maritime ties on fisheries", "", body].join("\n"));
    expect(r.title).toBe("Duarte, Chilean Foreign Minister Pardo agree to deepen maritime ties on fisheries");
  });

  it("is not looked for under a headline, nor taken from a date line or the byline", () => {
    const first = readDocument([" date 2026-04-08", "Peru and Chile reopen a border crossing after two years", "News | Business | Sport", "By Staff Reporter", "", body].join("\n"));
    expect(first.title).toBe("Peru and Chile reopen a border crossing after two years");
    const none = readDocument([" date 2026-04-08", "The Daily Courier", "News | Business | Sport", "Wednesday, 8 April 2026", "", body].join("\n"));
    expect(none.title).toBe("The Daily Courier");
  });
});
