// An instrument named once and then referred to by a short description (issue #11, agreements): "the trade pact",
// "the mutual defence treaty between the two countries", "the intergovernmental agreement" name an instrument of their
// kind told elsewhere in the report; they are not a second instrument.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title, a.status]);

describe("a short description of an instrument told elsewhere", () => {
  it("after the name, is the named instrument", () => {
    const doc = run(
      "Prime Minister Anna Berg held a video call with President Luis Ortega on Tuesday. They reviewed the Pacific Rim Trade Agreement, in force since 2021. Berg said the trade pact had doubled two-way commerce.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["agreement", "Pacific Rim Trade Agreement", "in_force"]]);
  });

  it("in apposition to the name, is the named instrument", () => {
    const doc = run(
      "Defence Minister Tom Reed was received by Prime Minister Kila Amos in Port Vila yesterday, days after the Coral Sea Treaty, the mutual defence treaty between the two countries, entered into force.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["treaty", "Coral Sea Treaty", "in_force"]]);
  });

  it("before the instrument told in full, is that instrument", () => {
    const doc = run(
      "President Omar Haddad received Foreign Minister Elena Kostas on Monday. They discussed the implementation of the river demarcation agreement. The agreement on the demarcation of the Orontes border was signed in 2023.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["agreement", "agreement on the demarcation of the Orontes border", "signed"]]);
  });

  it("that tells negotiations under way, gives the instrument that state", () => {
    const doc = run(
      "President Ade Bello received Vice-President Juan Mba on Monday and urged the two countries to conclude the agreement on the proposed Kivu gas pipeline before the end of the year. The two governments have since been negotiating the intergovernmental agreement needed for the project.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([["agreement", "agreement on the proposed Kivu gas pipeline", "under_negotiation"]]);
  });

  it("an indefinite instrument stays a new one", () => {
    const doc = run(
      "Prime Minister Anna Berg held talks with President Luis Ortega on Tuesday. They welcomed the Pacific Rim Trade Agreement, in force since 2021, and signed a new fisheries agreement.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([
      ["agreement", "Pacific Rim Trade Agreement", "in_force"],
      ["agreement", "fisheries agreement", "signed"],
    ]);
  });
});
