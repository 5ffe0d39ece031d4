// An envoy presenting a letter of appointment, commission or accreditation meets the one it is presented to (issue #11,
// meetings; batch47-guided), as one presenting credentials does: "presented her Letter of Appointment to the
// Secretary-General of ASEAN, Dr. X, ... on Tuesday".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'presented her Letter of Appointment to X'", () => {
  it("is a reception", () => {
    const got = meetings(
      "Jakarta, 13 March 2026 - The Permanent Representative of Timor-Leste to ASEAN, H.E. Ambassador Ana Soares, presented her Letter of Appointment to the Secretary-General of ASEAN, H.E. Dr. Kao Lim, at the ASEAN Secretariat on Tuesday, 10 March 2026.",
      "2026-03-13",
    );
    expect(got).toEqual([["2026-03-10", "held", ["Ana Soares", "Kao Lim"]]]);
  });

  it("as is a High Commissioner's Letter of Commission", () => {
    expect(meetings("High Commissioner Kofi Mensah presented his Letters of Commission to King Edward Stone on Thursday.", "2026-02-13")).toEqual([
      ["2026-02-12", "held", ["Edward Stone", "Kofi Mensah"]],
    ]);
  });
});
