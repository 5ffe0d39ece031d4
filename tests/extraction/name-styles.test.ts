// Honorifics and styles are not part of a name; regnal numerals are (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

const host = "Hanoi (VNA) – Prime Minister Pham Minh Chinh received";

describe("styles before a name", () => {
  it.each([
    ["Malaysian Foreign Minister Datuk Seri Zambry Abdul Kadir", "Zambry Abdul Kadir", "Foreign Minister"],
    ["Malaysian Senate President Tan Sri Wan Junaidi Tuanku Jaafar", "Wan Junaidi Tuanku Jaafar", "Senate President"],
    ["former Malaysian Prime Minister Tun Mahathir Mohamad", "Mahathir Mohamad", "Prime Minister"],
    ["Indian Minister of State Shri Kirti Vardhan Singh", "Kirti Vardhan Singh", "Minister of State"],
    ["Myanmar Ambassador Daw Thet Thet Zin", "Thet Thet Zin", "Ambassador"],
    ["H.E. Dato' Sri Tengku Zafrul Aziz", "Tengku Zafrul Aziz", null],
    ["Bangladesh Chief Adviser Prof Muhammad Yunus", "Muhammad Yunus", "Chief Adviser"],
  ])("%s", (phrase, name, title) => {
    const doc = run(`${host} ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title ?? null).toBe(title);
    if (title) expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Pham Minh Chinh", name]));
  });

  it("Sheikh inside a name stays", () => {
    const doc = run(`${host} Somali President Hassan Sheikh Mohamud in Hanoi on June 12.`);
    expect(names(doc)).toContain("Hassan Sheikh Mohamud");
  });

  it("a styled name is one official with its short form", () => {
    const doc = run(`${host} Malaysian Foreign Minister Datuk Seri Zambry Abdul Kadir in Hanoi on June 12.\nZambry said Malaysia wants more trade.`);
    expect(names(doc)).toEqual(["Pham Minh Chinh", "Zambry Abdul Kadir"]);
  });
});

describe("regnal numerals", () => {
  it.each([
    ["King Willem-Alexander", "Willem-Alexander"],
    ["King Harald V of Norway", "Harald V"],
    ["His Majesty King Philippe", "Philippe"],
    ["Jordan's King Abdullah II", "Abdullah II"],
    ["Crown Prince Hussein bin Abdullah II", "Hussein bin Abdullah II"],
  ])("%s", (phrase, name) => {
    const doc = run(`Hanoi (VNA) – President Vo Van Thuong was received by ${phrase} on June 12.`);
    expect(names(doc)).toContain(name);
  });

  it("the numeral is not a short form", () => {
    const doc = run("Hanoi (VNA) – President Vo Van Thuong met King Harald V in Oslo on June 12.\nHarald said Norway values the ties.");
    expect(official(doc, "Harald V")?.aliases).toEqual(["Harald"]);
  });
});
