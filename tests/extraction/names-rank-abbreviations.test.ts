// Abbreviated military ranks (issue #11, names): "Cmdr.", "Cdr.", "Brig." and the retired mark "(Retd.)" end no
// sentence and are no names; the name after them is the person.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("abbreviated ranks before a name", () => {
  const doc = run(
    "The frigate's captain, Cmdr. Tomas Lindqvist, called on the Chief of Naval Staff, Rear Adm. Oluwole Bakare, in Lagos on Monday. The Minister of State for Defence, Maj. Gen. (Retd.) Ibrahim Danladi, met Lindqvist later that day. Brig. Farida Okonjo attended the talks.",
    "2026-03-11",
  );

  it("a commander's abbreviation is a style", () => {
    expect(official(doc, "Tomas Lindqvist")).toBeDefined();
    expect(doc.officials.some((o) => /^(?:Cmdr|Maj|Brig)$/.test(o.name))).toBe(false);
  });

  it("a retired general keeps his office and his name", () => {
    expect(official(doc, "Ibrahim Danladi")?.title).toBe("Minister of State for Defence");
  });

  it("the meetings of the people so named are found", () => {
    expect(doc.meetings.some((m) => m.participants.includes("Ibrahim Danladi") && m.participants.includes("Tomas Lindqvist"))).toBe(true);
    expect(official(doc, "Farida Okonjo")).toBeDefined();
  });
});
