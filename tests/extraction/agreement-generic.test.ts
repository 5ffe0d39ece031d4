// A generic instrument, nothing named (issue #11, agreements; corpus README, generic instruments): "a trilateral
// arrangement" that is only proposed or "a new bilateral agreement" only to be negotiated is not an instrument; one whose
// signing the report tells is, and so is one named by its field ("a labour mobility agreement", "a free trade agreement").
// A form one files ("a single customs declaration for cargo") is no instrument.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title, a.status]);

describe("generic instruments", () => {
  it("only proposed, is not an instrument", () => {
    const doc = run("During the meeting, President Omar Haddad proposed that the three countries work out a trilateral arrangement so that power can flow across the region.", "2026-08-14");
    expect(rows(doc)).toEqual([]);
  });

  it("only to be negotiated, is not an instrument", () => {
    const doc = run("The two governments are expected to announce the launch of negotiations on a new bilateral agreement, Minister Lena Park said.", "2026-08-14");
    expect(rows(doc)).toEqual([]);
  });

  it("signed, is one", () => {
    const doc = run("Minister Lena Park and Minister Omar Haddad signed a bilateral agreement on Tuesday.", "2026-08-14");
    expect(rows(doc)).toEqual([["agreement", "bilateral agreement", "signed"]]);
  });

  it("named by its field, is one even when proposed", () => {
    const doc = run("President Omar Haddad proposed a labour mobility agreement to Minister Lena Park on Tuesday.", "2026-08-14");
    expect(rows(doc)).toEqual([["agreement", "labour mobility agreement", "proposed"]]);
  });
});

describe("a form one files", () => {
  it("'a single customs declaration for cargo' is no instrument", () => {
    const doc = run("President Amos Banda proposed that the three governments adopt a single customs declaration for cargo moving along the corridor.", "2026-05-12");
    expect(doc.agreements).toEqual([]);
  });
});
