// PostgreSQL `timestamp` text read as UTC Dates from its digits (reader.ts pgTimestamp): the same
// instant the ISO parse gave, for every form PostgreSQL writes, and that parse for the rare ones.
import { describe, expect, it } from "vitest";
import { pgTimestamp } from "../../src/store/reader.ts";

const iso = (s: string) => new Date(`${s.replace(" ", "T")}Z`).getTime();

describe("pgTimestamp", () => {
  it("reads whole seconds and fractions of 1 to 6 digits", () => {
    for (const s of ["2024-03-05 00:00:00", "2019-12-31 23:59:59.5", "2020-02-29 12:00:00.05", "2001-01-01 10:20:30.123", "1999-07-01 01:02:03.999", "2001-01-01 10:20:30.123456", "1970-01-01 00:00:00"]) {
      expect(pgTimestamp(s).getTime()).toBe(iso(s));
    }
    expect(pgTimestamp("2001-01-01 10:20:30.123456").toISOString()).toBe("2001-01-01T10:20:30.123Z");
  });

  it("leaves years before 100, after 9999, BC and infinity to the ISO parse", () => {
    expect(pgTimestamp("0099-01-01 00:00:00").toISOString()).toBe("0099-01-01T00:00:00.000Z");
    expect(pgTimestamp("0005-06-07 08:09:10").getUTCFullYear()).toBe(5);
    for (const s of ["10000-01-01 00:00:00", "2020-01-01 00:00:00 BC", "infinity"]) expect(Number.isNaN(pgTimestamp(s).getTime())).toBe(Number.isNaN(iso(s)));
  });
});
